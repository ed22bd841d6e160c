// The one description of how the MONAI Cloud API answers the notebook's calls (src/api/endpoints.ts), per
// named scenario. Used by the msw demo handlers (browser), the fake upstream server (Node) and the tests. Pure: no Node or DOM
// APIs beyond btoa/atob/TextEncoder, which both have. Facts: shared/reference/monai-api-facts.md.
import { DEFAULT_ORG } from './contract.ts';
import { endpoints, matchUpstreamPath, type ApiEndpointName } from './endpoints.ts';
import {
  INVALID_KEY_MESSAGE,
  flaskJson,
  nginxPage,
  sampleListings,
  werkzeugBody,
  type WerkzeugStatus,
} from './monai-behaviour-bodies.ts';
import { keyKindOf } from '../secrets/key-checks.ts';
import { issueFakeToken, verifyFakeBearer } from './monai-behaviour-token.ts';
import type { ScenarioName } from './monai-scenarios.ts';

// The scenario list lives beside this file so this one stays about behaviour; importers use either.
export { isScenarioName, scenarioInfo, scenarioNames, type ScenarioName } from './monai-scenarios.ts';

export interface ApiRequest {
  method: string;
  /** Path on the API host, e.g. /api/v1/login; a query string is ignored. */
  path: string;
  authorization?: string;
  body: string;
}

export interface ApiAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** When set, send these bytes instead of `body` (used for invalid UTF-8). */
  bodyBytes?: Uint8Array;
  delayMs: number;
  /**
   * How the transport misbehaves. hang: never answer. reset-mid-body: send the status, headers and the first
   * half of `body`, then break the connection. trickle: send the status and headers, then one byte every
   * half second, forever.
   */
  fault?: 'hang' | 'reset-mid-body' | 'trickle';
}

/** The only org the fake user belongs to. */
export const MEMBER_ORG = DEFAULT_ORG;
export const SLOW_DELAY_MS = 2500;
export const RETRY_AFTER_SECONDS = 30;

/** Flask's Allow header for a route: HEAD and OPTIONS come with GET, OPTIONS with anything; sorted. */
function flaskAllow(method: string): string {
  const methods = new Set([method, 'OPTIONS', ...(method === 'GET' ? ['HEAD'] : [])]);
  return [...methods].sort().join(', ');
}

const json = (status: number, body: string, extra: Record<string, string> = {}): ApiAnswer => ({
  status,
  headers: { 'content-type': 'application/json', ...extra },
  body,
  delayMs: 0,
});
const werkzeug = (status: WerkzeugStatus, extra?: Record<string, string>) =>
  json(status, werkzeugBody(status), extra);
const html = (status: 401 | 502): ApiAnswer => ({
  status,
  headers: { 'content-type': 'text/html' },
  body: nginxPage(status),
  delayMs: 0,
});
const marshmallow = (message: string) =>
  json(400, flaskJson({ error_desc: `{'ngc_api_key': ['${message}']}` }));

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function answerLogin(req: ApiRequest, scenario: ScenarioName, now: number): ApiAnswer {
  // The limiter and the gateway answer before the application reads the body.
  if (scenario === 'rate-limited') return werkzeug(429, { 'retry-after': String(RETRY_AFTER_SECONDS) });
  if (scenario === 'server-error') return werkzeug(500);
  if (scenario === 'html-error') return html(502);
  if (scenario === 'redirect') {
    return { ...json(302, ''), headers: { location: 'http://169.254.169.254/latest/meta-data/' } };
  }
  const parsed = parseJson(req.body);
  if (!parsed.ok) return werkzeug(400);
  const body = parsed.value;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return json(400, flaskJson({ error_desc: "{'_schema': ['Invalid input type.']}" }));
  }
  const key: unknown = (body as Record<string, unknown>).ngc_api_key;
  if (key === null) return marshmallow('Field may not be null.');
  if (key !== undefined && typeof key !== 'string') return marshmallow('Not a valid string.');
  if (typeof key === 'string' && key.length > 1000) return marshmallow('Longer than maximum length 1000.');
  // The fake accepts any key of a real shape (the same patterns the notebook checks keys against).
  const wellFormed = typeof key === 'string' && keyKindOf(key) !== 'unknown';
  if (!wellFormed || scenario === 'expired-key') {
    return json(401, flaskJson({ error_code: 1, error_desc: INVALID_KEY_MESSAGE }));
  }
  const { token, userId } = issueFakeToken(key, now, scenario === 'token-expired');
  switch (scenario) {
    case 'missing-token':
      return json(201, flaskJson({ user_id: userId }));
    case 'garbage-jwt':
      return json(201, flaskJson({ token: 'eyJ%%%.not base64!.###', user_id: userId }));
    case 'user-id-not-string':
      return json(201, flaskJson({ token, user_id: 48213 }));
    case 'huge-body':
      return json(201, flaskJson({ padding: 'x'.repeat(5 * 1024 * 1024), token, user_id: userId }));
    case 'invalid-utf8': {
      const answer = json(201, flaskJson({ token, user_id: userId }));
      const text = new TextEncoder().encode(answer.body);
      // Bytes 0xC3 0x28 and 0xFF are never valid UTF-8; put them inside the user_id string.
      const bytes = new Uint8Array([...text.slice(0, -3), 0xc3, 0x28, 0xff, ...text.slice(-3)]);
      return { ...answer, bodyBytes: bytes };
    }
    default:
      return json(201, flaskJson({ token, user_id: userId }));
  }
}

/** A bearer call under an org: the ingress checks the token and the org, then the service lists its items. */
function answerBearer(
  req: ApiRequest,
  name: ApiEndpointName,
  org: string | undefined,
  scenario: ScenarioName,
  now: number,
): ApiAnswer {
  const user = verifyFakeBearer(req.authorization, now);
  if (!user || scenario === 'token-expired') return html(401);
  if (org !== undefined && (scenario === 'wrong-org' || org !== MEMBER_ORG)) {
    return json(403, flaskJson({ error_code: 2, error_desc: `No access granted for user in org ${org}` }));
  }
  return json(200, flaskJson({ [name]: sampleListings[name] ?? [] }));
}

const transportFaults: Partial<Record<ScenarioName, ApiAnswer['fault']>> = {
  timeout: 'hang',
  reset: 'reset-mid-body',
  trickle: 'trickle',
};

/** How the API answers `req` under `scenario` at time `nowSeconds` (Unix seconds). */
export function answerApiRequest(req: ApiRequest, scenario: ScenarioName, nowSeconds: number): ApiAnswer {
  const path = req.path.split('?')[0] ?? '';
  const method = req.method.toUpperCase();
  const request = { ...req, method };
  const route = matchUpstreamPath(path);
  if (!route) return { ...werkzeug(404), delayMs: scenario === 'slow' ? SLOW_DELAY_MS : 0 };
  const endpoint = endpoints[route.name];
  let answer: ApiAnswer;
  if (method !== endpoint.method) answer = werkzeug(405, { allow: flaskAllow(endpoint.method) });
  else if (endpoint.auth === 'key-in-body') answer = answerLogin(request, scenario, nowSeconds);
  else answer = answerBearer(request, route.name, route.params.org, scenario, nowSeconds);
  const fault = transportFaults[scenario];
  if (fault) answer = { ...answer, fault };
  if (scenario === 'slow') answer = { ...answer, delayMs: SLOW_DELAY_MS };
  return answer;
}
