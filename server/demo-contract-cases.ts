// The requests the demo contract test sends to both sides, derived from the endpoint table: each endpoint's
// own calls under every demo scenario, then, under the valid scenario, every other method on every route and
// the proxy's refusals (not found, media type, size, malformed bodies and headers).
import { DEFAULT_ORG } from '../src/api/contract.ts';
import { endpointNames, endpoints, proxyPath, type EndpointName } from '../src/api/endpoints.ts';
import { MAX_REQUEST_BODY_BYTES } from '../src/api/proxy-request-rules.ts';
import { demoScenarios, type DemoScenario } from '../src/mocks/demo-scenarios.ts';
import { PERSONAL_KEY } from './proxy-test-harness.ts';

export interface ContractCase {
  scenario: DemoScenario;
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** 'token': send `Authorization: Bearer <the side's own token from a login>`. */
  bearer?: 'token';
}

const JSON_TYPE = { 'content-type': 'application/json' };
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD'];

/** The calls a learner's cell makes to one endpoint, right and wrong. */
function callsTo(name: EndpointName): Omit<ContractCase, 'scenario'>[] {
  const { method, auth } = endpoints[name];
  const path = proxyPath(name, { org: DEFAULT_ORG });
  const call = { method, path };
  if (auth === 'none') return [{ ...call, label: `${method} ${name}` }];
  if (auth === 'key-in-body') {
    const withBody = (label: string, value: unknown) => ({
      ...call,
      label: `${name} ${label}`,
      headers: JSON_TYPE,
      body: JSON.stringify(value),
    });
    return [
      withBody('with a personal key', { ngc_api_key: PERSONAL_KEY }),
      withBody('with the server key', {}),
      withBody('with a wrong key', { ngc_api_key: 'nvapi-wrong' }),
    ];
  }
  return [
    { ...call, label: `${name} with the token`, bearer: 'token' },
    { ...call, label: `${name} without a token` },
    { ...call, label: `${name} with a forged token`, headers: { authorization: 'Bearer a.b.c' } },
    {
      ...call,
      label: `${name} in an org not granted`,
      path: proxyPath(name, { org: 'otherorg' }),
      bearer: 'token',
    },
  ];
}

/** The body refusals, for each endpoint whose row takes a JSON object. */
function bodyCases(name: EndpointName): Omit<ContractCase, 'scenario'>[] {
  const { method, body } = endpoints[name];
  if (body !== 'json-object') return [];
  const path = proxyPath(name, { org: DEFAULT_ORG });
  const call = (label: string, headers: Record<string, string>, text: string) => ({
    label: `${name} ${label}`,
    method,
    path,
    headers,
    body: text,
  });
  const key = JSON.stringify({ ngc_api_key: PERSONAL_KEY });
  return [
    ...['text/plain', 'application/x-www-form-urlencoded', 'application/jsonx'].map((type) =>
      call(`as ${type}`, { 'content-type': type }, key),
    ),
    call('with no Content-Type', {}, key),
    call('as JSON with a charset', { 'content-type': 'application/json; charset=utf-8' }, '{}'),
    call('with an empty body', JSON_TYPE, ''),
    call('over the size limit', JSON_TYPE, JSON.stringify({ pad: 'x'.repeat(MAX_REQUEST_BODY_BYTES) })),
    call(
      'at exactly the size limit',
      JSON_TYPE,
      JSON.stringify({ ngc_api_key: 'k'.repeat(MAX_REQUEST_BODY_BYTES - 18) }),
    ),
    call('with malformed JSON', JSON_TYPE, '{"ngc_api_key":'),
    call('with a JSON array', JSON_TYPE, '[]'),
    call('with a numeric key', JSON_TYPE, '{"ngc_api_key":5}'),
    call('with a null key', JSON_TYPE, '{"ngc_api_key":null}'),
  ];
}

const refusals: Omit<ContractCase, 'scenario'>[] = [
  ...endpointNames.flatMap((name) =>
    METHODS.filter((method) => method !== endpoints[name].method).map((method) => ({
      label: `${method} ${name}`,
      method,
      path: proxyPath(name, { org: DEFAULT_ORG }),
    })),
  ),
  ...[
    '/proxy',
    '/proxy/',
    '/proxy/nope',
    '/proxy/config/',
    '/proxy/config?x=1',
    '/proxy/api/v1/login/',
    '/proxy/api/v1/loginX',
    '/proxy/api/v1/login?next=1',
    '/proxy//api/v1/login',
    `/proxy/api/v1/orgs/${DEFAULT_ORG}/not-an-endpoint`,
    // Each org-scoped route with an org that would change the path, one too long, and a trailing slash.
    ...endpointNames.flatMap((name) =>
      endpoints[name].upstream?.includes('{org}')
        ? [
            proxyPath(name, { org: 'a/b' }),
            proxyPath(name, { org: 'a'.repeat(65) }),
            `${proxyPath(name, { org: DEFAULT_ORG })}/`,
          ]
        : [],
    ),
  ].map((path) => ({ label: `not found: ${path}`, method: 'GET', path })),
  ...endpointNames.flatMap(bodyCases),
  ...endpointNames
    .filter((name) => endpoints[name].auth === 'bearer')
    .map((name) => ({
      label: `${name} with an oversized Authorization header`,
      method: endpoints[name].method,
      path: proxyPath(name, { org: DEFAULT_ORG }),
      headers: { authorization: `Bearer ${'x'.repeat(9000)}` },
    })),
];

export const contractCases: ContractCase[] = [
  ...demoScenarios.flatMap(({ name: scenario }) =>
    endpointNames.flatMap(callsTo).map((c) => ({ ...c, scenario })),
  ),
  ...refusals.map((c) => ({ ...c, scenario: 'valid' as const })),
];
