import { describe, expect, it } from 'vitest';
import { answerApiRequest, scenarioInfo, scenarioNames, type ScenarioName } from './monai-behaviour.ts';
import { FAKE_TOKEN_ISSUER, FAKE_TOKEN_LIFETIME_SECONDS, verifyFakeBearer } from './monai-behaviour-token.ts';

const NOW = 1_760_000_000;
const PERSONAL = `nvapi-${'aB3_-x9Z'.repeat(8)}`;
const LEGACY = 'Q2hhbmdlTWUxMjM0NTY3ODkwYWJjZDpjM2RlNGY1YS02YjdjLTRkOGUtOWYwYS0xYjJjM2Q0ZTVmNmExMjM0';
const INVALID_KEY = '{"error_code":1,"error_desc":"Unauthorized: Credentials error: Invalid NGC_API_KEY"}\n';

const login = (body: string, scenario: ScenarioName = 'valid', method = 'POST') =>
  answerApiRequest({ method, path: '/api/v1/login', body }, scenario, NOW);
const loginWith = (key: unknown, scenario: ScenarioName = 'valid') =>
  login(JSON.stringify({ ngc_api_key: key }), scenario);
const experiments = (
  authorization: string | undefined,
  org = 'iasixjqzw1hj',
  scenario: ScenarioName = 'valid',
) =>
  answerApiRequest(
    { method: 'GET', path: `/api/v1/orgs/${org}/experiments`, authorization, body: '' },
    scenario,
    NOW,
  );
const tokenFrom = (body: string) => (JSON.parse(body) as { token: string }).token;
const segment = (token: string, index: number) =>
  JSON.parse(atob((token.split('.')[index] ?? '').replace(/-/g, '+').replace(/_/g, '/'))) as Record<
    string,
    unknown
  >;
const claimsOf = (token: string) => segment(token, 1);

describe('POST /api/v1/login in scenario valid', () => {
  it.each<[string, string, number, string | RegExp]>([
    ['empty body', '', 400, /"name":"Bad Request"/],
    ['malformed JSON', '{"ngc_api_key":', 400, /"code":400,"description":"The browser \(or proxy\)/],
    ['a JSON array', '[]', 400, `{"error_desc":"{'_schema': ['Invalid input type.']}"}\n`],
    ['a JSON string', '"nvapi-x"', 400, /Invalid input type/],
    ['JSON null', 'null', 400, /Invalid input type/],
    ['a null key', '{"ngc_api_key":null}', 400, /Field may not be null/],
    ['a numeric key', '{"ngc_api_key":42}', 400, /Not a valid string/],
    [
      'a 1001-character key',
      JSON.stringify({ ngc_api_key: 'a'.repeat(1001) }),
      400,
      /Longer than maximum length 1000/,
    ],
    ['no key field', '{}', 401, INVALID_KEY],
    ['the placeholder', '{"ngc_api_key":"<YOUR_API_KEY>"}', 401, INVALID_KEY],
    ['a truncated personal key', JSON.stringify({ ngc_api_key: PERSONAL.slice(0, 60) }), 401, INVALID_KEY],
    ['a key with a trailing newline', JSON.stringify({ ngc_api_key: `${PERSONAL}\n` }), 401, INVALID_KEY],
  ])('%s → %i', (_name, body, status, expected) => {
    const answer = login(body);
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe('application/json');
    if (typeof expected === 'string') expect(answer.body).toBe(expected);
    else expect(answer.body).toMatch(expected);
  });

  it.each([
    ['personal', PERSONAL],
    ['legacy', LEGACY],
  ])('accepts a %s key with 201 {token, user_id}, keys sorted', (_kind, key) => {
    const answer = loginWith(key);
    expect(answer.status).toBe(201);
    expect(Object.keys(JSON.parse(answer.body) as object)).toEqual(['token', 'user_id']);
    const { token, user_id } = JSON.parse(answer.body) as { token: string; user_id: string };
    expect(user_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(token.split('.')).toHaveLength(3);
    const header = segment(token, 0);
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(claimsOf(token)).toMatchObject({
      iss: FAKE_TOKEN_ISSUER,
      sub: user_id,
      iat: NOW,
      exp: NOW + 86_400,
    });
    expect(token).not.toContain(key);
  });

  it('gives the same key the same user id and a different key another', () => {
    const id = (key: string) => (JSON.parse(loginWith(key).body) as { user_id: string }).user_id;
    expect(id(PERSONAL)).toBe(id(PERSONAL));
    expect(id(PERSONAL)).not.toBe(id(LEGACY));
  });

  it('parses the body as JSON whatever the content type (there is none in ApiRequest)', () => {
    expect(loginWith(PERSONAL).status).toBe(201);
  });

  it.each(['GET', 'PUT', 'DELETE'])('%s → 405 werkzeug shape', (method) => {
    const answer = login('', 'valid', method);
    expect(answer.status).toBe(405);
    expect(JSON.parse(answer.body)).toEqual({
      code: 405,
      name: 'Method Not Allowed',
      description: 'The method is not allowed for the requested URL.',
    });
  });
});

describe('GET /api/v1/orgs/{org}/experiments', () => {
  const token = tokenFrom(loginWith(PERSONAL).body);

  it('lists experiments for a member of the org', () => {
    const answer = experiments(`Bearer ${token}`);
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body) as { experiments: { name: string; network_arch: string }[] };
    expect(body.experiments.length).toBeGreaterThanOrEqual(2);
    expect(body.experiments[0]).toMatchObject({
      name: expect.any(String),
      network_arch: expect.stringMatching(/monai/),
    });
  });

  it.each<[string, string | undefined]>([
    ['no Authorization', undefined],
    ['a token without Bearer', token],
    ['a tampered payload', `Bearer ${token.replace(/\.(.)/, '.x')}`],
    ['garbage', 'Bearer abc.def.ghi'],
    ['a token from elsewhere', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln'],
  ])('%s → 401 nginx HTML page', (_name, authorization) => {
    const answer = experiments(authorization);
    expect(answer.status).toBe(401);
    expect(answer.headers['content-type']).toBe('text/html');
    expect(answer.body).toContain('<title>401 Authorization Required</title>');
    expect(answer.body).toContain('nginx');
  });

  it('refuses the token once exp has passed (stateless check against the clock)', () => {
    const later = NOW + FAKE_TOKEN_LIFETIME_SECONDS + 1;
    expect(verifyFakeBearer(`Bearer ${token}`, NOW + 60)).not.toBeNull();
    expect(verifyFakeBearer(`Bearer ${token}`, later)).toBeNull();
  });

  it('answers 403 error_code 2 for an org the user is not in', () => {
    const answer = experiments(`Bearer ${token}`, 'someotherorg');
    expect(answer.status).toBe(403);
    expect(answer.body).toBe(
      '{"error_code":2,"error_desc":"No access granted for user in org someotherorg"}\n',
    );
  });

  it('answers 405 for POST with Allow', () => {
    const answer = answerApiRequest(
      {
        method: 'DELETE',
        path: '/api/v1/orgs/iasixjqzw1hj/experiments',
        authorization: `Bearer ${token}`,
        body: '',
      },
      'valid',
      NOW,
    );
    expect(answer.status).toBe(405);
  });
});

describe('unknown paths', () => {
  it.each(['/', '/api/v1/loginX', '/api/v1/login/x', '/api/v1/orgs/a/b/experiments', '/api/v2/login'])(
    '%s → 404 werkzeug shape',
    (path) => {
      const answer = answerApiRequest({ method: 'POST', path, body: '{}' }, 'valid', NOW);
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 404, name: 'Not Found' });
    },
  );
});

describe('scenarios', () => {
  const validToken = tokenFrom(loginWith(PERSONAL).body);
  type Row = [
    ScenarioName,
    'login' | 'experiments',
    number,
    Partial<{ contentType: string; body: RegExp; fault: string; delayMs: number; retryAfter: string }>,
  ];
  it.each<Row>([
    ['expired-key', 'login', 401, { body: /Invalid NGC_API_KEY/ }],
    ['wrong-org', 'login', 201, {}],
    ['wrong-org', 'experiments', 403, { body: /No access granted for user in org iasixjqzw1hj/ }],
    ['token-expired', 'experiments', 401, { contentType: 'text/html' }],
    ['rate-limited', 'login', 429, { body: /"code":429/, retryAfter: '30' }],
    ['rate-limited', 'experiments', 200, {}],
    ['server-error', 'login', 500, { body: /"name":"Internal Server Error"/ }],
    ['html-error', 'login', 502, { contentType: 'text/html', body: /<title>502 Bad Gateway<\/title>/ }],
    ['missing-token', 'login', 201, { body: /^\{"user_id":"[0-9a-f-]{36}"\}\n$/ }],
    ['slow', 'login', 201, { delayMs: 2500 }],
    ['slow', 'experiments', 200, { delayMs: 2500 }],
    ['timeout', 'login', 201, { fault: 'hang' }],
    ['reset', 'login', 201, { fault: 'reset-mid-body' }],
    ['trickle', 'login', 201, { fault: 'trickle' }],
    ['user-id-not-string', 'login', 201, { body: /"user_id":48213/ }],
    ['garbage-jwt', 'login', 201, { body: /"token":"eyJ%%%/ }],
    ['redirect', 'login', 302, {}],
  ])('%s: %s → %i', (scenario, route, status, expected) => {
    const answer =
      route === 'login'
        ? loginWith(PERSONAL, scenario)
        : experiments(`Bearer ${validToken}`, undefined, scenario);
    expect(answer.status).toBe(status);
    if (expected.contentType) expect(answer.headers['content-type']).toBe(expected.contentType);
    if (expected.body) expect(answer.body).toMatch(expected.body);
    expect(answer.fault).toBe(expected.fault);
    expect(answer.delayMs).toBe(expected.delayMs ?? 0);
    expect(answer.headers['retry-after']).toBe(expected.retryAfter);
  });

  it('token-expired hands out a token whose exp has already passed', () => {
    const token = tokenFrom(loginWith(PERSONAL, 'token-expired').body);
    expect(claimsOf(token).exp).toBeLessThan(NOW);
  });

  it('huge-body answers more than 5 MiB', () => {
    expect(loginWith(PERSONAL, 'huge-body').body.length).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('invalid-utf8 answers bytes a strict decoder rejects', () => {
    const { bodyBytes } = loginWith(PERSONAL, 'invalid-utf8');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bodyBytes)).toThrow();
  });

  it('redirect points elsewhere with a Location header', () => {
    expect(loginWith(PERSONAL, 'redirect').headers.location).toMatch(/^http:\/\/169\.254\.169\.254\//);
  });

  it('describes every scenario in plain words', () => {
    for (const name of scenarioNames) {
      expect(scenarioInfo[name].label.length).toBeGreaterThan(3);
      expect(scenarioInfo[name].description).toMatch(/\.$/);
    }
  });
});
