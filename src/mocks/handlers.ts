import { delay, http, HttpResponse } from 'msw';
import {
  PROXY_MARKER_HEADER,
  SERVER_TIMING_HEADER,
  makeProxyError,
  type ConfigResponse,
} from '../api/contract.ts';
import {
  PROXY_PREFIX,
  endpoints,
  matchProxyTarget,
  upstreamPath,
  type ApiEndpointName,
  type MatchedEndpoint,
} from '../api/endpoints.ts';
import { answerApiRequest, type ApiRequest } from '../api/monai-behaviour.ts';
import {
  MAX_REQUEST_BODY_BYTES,
  authorizationRefusal,
  bodyTooLarge,
  contentTypeRefusal,
  methodRefusal,
  notFound,
  parseKeyBody,
  type Refusal,
} from '../api/proxy-request-rules.ts';
import { DEMO_SERVER_KEY, demoConfig } from './demo-config.ts';
import type { DemoScenario } from './demo-scenarios.ts';

export { DEMO_SERVER_KEY, demoConfig } from './demo-config.ts';

// Every URL under the proxy's prefix, whatever its query: the route is chosen below, as the proxy chooses it.
const UNDER_PROXY = new RegExp(`^[a-z]+://[^/]+${PROXY_PREFIX}(?:/|$)`);

/**
 * The proxy and the API together, in the browser: routes from the endpoint table, the proxy's refusals from
 * the same rules, and the fake API's answers (one behaviour module), wrapped the way the real proxy wraps
 * them. `config` is what GET /proxy/config answers; tests shorten its timeoutMs.
 */
export function createDemoHandlers(getScenario: () => DemoScenario, config: ConfigResponse = demoConfig) {
  return [
    http.all(UNDER_PROXY, async ({ request }) => {
      const url = new URL(request.url);
      // Another origin's /proxy is not ours: let it through.
      if (typeof location !== 'undefined' && url.origin !== location.origin) return undefined;
      const target = request.url.slice(url.origin.length).split('#')[0] ?? '';
      const route = matchProxyTarget(target);
      if (!route) return refusal(notFound);
      const wrongMethod = methodRefusal(request.method, endpoints[route.name].method);
      if (wrongMethod) return refusal(wrongMethod);
      if (route.name === 'config') {
        return new HttpResponse(JSON.stringify(config), {
          headers: { 'content-type': 'application/json; charset=utf-8', ...proxyHeaders },
        });
      }
      return answerApiEndpoint({ ...route, name: route.name }, request, getScenario(), config);
    }),
  ];
}

const proxyHeaders = { [PROXY_MARKER_HEADER]: '1', 'cache-control': 'no-store' };

async function answerApiEndpoint(
  route: MatchedEndpoint & { name: ApiEndpointName },
  request: Request,
  scenario: DemoScenario,
  config: ConfigResponse,
): Promise<Response> {
  const path = upstreamPath(route.name, route.params);
  if (endpoints[route.name].auth === 'bearer') {
    const authorization = request.headers.get('authorization') ?? undefined;
    const badHeader = authorizationRefusal(authorization);
    if (badHeader) return refusal(badHeader);
    return answerThroughDemoProxy(scenario, config, {
      method: request.method,
      path,
      authorization,
      body: '',
    });
  }
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > 0) {
    const wrongType = contentTypeRefusal(request.headers.get('content-type') ?? undefined);
    if (wrongType) return refusal(wrongType);
  }
  if (bytes.length > MAX_REQUEST_BODY_BYTES) return refusal(bodyTooLarge);
  const parsed = parseKeyBody(new TextDecoder().decode(bytes));
  if (!parsed.ok) return refusal(parsed.refusal);
  // As the proxy does: the browser's key if it sent one, else the server's.
  const body = JSON.stringify({ ngc_api_key: parsed.key ?? DEMO_SERVER_KEY });
  return answerThroughDemoProxy(scenario, config, { method: request.method, path, body });
}

async function answerThroughDemoProxy(
  scenario: DemoScenario,
  config: ConfigResponse,
  request: ApiRequest,
): Promise<Response> {
  const started = performance.now();
  const timing = () => ({
    [SERVER_TIMING_HEADER]: `upstream;dur=${Math.round(performance.now() - started)}`,
  });
  if (scenario === 'unreachable') {
    await delay(150);
    const hostname = new URL(config.hostUrl).hostname;
    const message = `The host name ${hostname} did not resolve (DNS).`;
    return toResponse(makeProxyError('unreachable', message, 'ENOTFOUND'), timing());
  }
  const answer = answerApiRequest(request, scenario, Date.now() / 1000);
  if (answer.fault === 'hang' || answer.fault === 'trickle' || answer.delayMs >= config.timeoutMs) {
    await delay(config.timeoutMs);
    const seconds = Number((config.timeoutMs / 1000).toFixed(1));
    const message = `The API did not answer within ${seconds} seconds.`;
    return toResponse(makeProxyError('timeout', message), timing());
  }
  await delay(answer.delayMs || 120 + Math.round(Math.random() * 180));
  if (answer.fault === 'reset-mid-body') {
    const message = 'The connection to the API broke mid-answer.';
    return toResponse(makeProxyError('unreachable', message, 'ECONNRESET'), timing());
  }
  // The proxy passes on the API's status, body, Content-Type and Retry-After, and nothing else of its headers.
  const passed: Record<string, string> = {};
  for (const name of ['content-type', 'retry-after']) {
    if (answer.headers[name] !== undefined) passed[name] = answer.headers[name];
  }
  return new HttpResponse(answer.bodyBytes ?? answer.body, {
    status: answer.status,
    headers: { ...passed, ...proxyHeaders, ...timing() },
  });
}

function refusal({ kind, message, headers }: Refusal): Response {
  return toResponse(makeProxyError(kind, message), headers);
}

function toResponse(
  error: { status: number; headers: Record<string, string>; body: string },
  extraHeaders: Record<string, string> = {},
): Response {
  return new HttpResponse(error.body, {
    status: error.status,
    headers: { ...error.headers, ...extraHeaders },
  });
}
