import { delay, http, HttpResponse } from 'msw';
import {
  DEFAULT_HOST_URL,
  DEFAULT_TIMEOUT_MS,
  ORG_PATTERN,
  PROXY_MARKER_HEADER,
  SERVER_TIMING_HEADER,
  makeProxyError,
  proxyRoutes,
  upstreamPaths,
  type ConfigResponse,
} from '../api/contract.ts';
import { answerApiRequest, type ApiRequest } from '../api/monai-behaviour.ts';
import { keyFingerprint } from '../secrets/mask.ts';
import type { DemoScenario } from './demo-scenarios.ts';

/** Stands in for the server's MONAI_API_KEY in demo mode. Not a secret: it only opens the demo. */
export const DEMO_SERVER_KEY = `nvapi-${'DemoKeyForTheCredentialsNotebook'.repeat(2)}`;

export const demoConfig: ConfigResponse = {
  hostUrl: DEFAULT_HOST_URL,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  serverKey: {
    set: true,
    fingerprint: keyFingerprint(DEMO_SERVER_KEY),
    kind: 'personal',
    problems: [],
    usable: true,
  },
};

/**
 * The proxy and the API together, in the browser: the same answers as the fake upstream (one behaviour
 * module), wrapped the way the real proxy wraps them.
 */
export function createDemoHandlers(getScenario: () => DemoScenario) {
  return [
    http.get(proxyRoutes.config, () =>
      HttpResponse.json(demoConfig, { headers: { [PROXY_MARKER_HEADER]: '1' } }),
    ),

    http.post(proxyRoutes.login, async ({ request }) => {
      const body = await request.text();
      return answerThroughDemoProxy(getScenario(), {
        method: 'POST',
        path: upstreamPaths.login,
        body: withServerKey(body),
      });
    }),

    http.get('/proxy/api/v1/orgs/:org/experiments', ({ request, params }) => {
      const org = String(params.org);
      if (!ORG_PATTERN.test(org))
        return toResponse(makeProxyError('not_found', 'No such route on the proxy.'));
      return answerThroughDemoProxy(getScenario(), {
        method: 'GET',
        path: upstreamPaths.experiments(org),
        authorization: request.headers.get('authorization') ?? undefined,
        body: '',
      });
    }),

    http.all('/proxy/*', () => toResponse(makeProxyError('not_found', 'No such route on the proxy.'))),
  ];
}

/** As the proxy does: the browser's key if it sent one, else the server's. */
function withServerKey(body: string): string {
  try {
    const parsed = JSON.parse(body) as unknown;
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      !Array.isArray(parsed) &&
      !('ngc_api_key' in parsed)
    ) {
      return JSON.stringify({ ...parsed, ngc_api_key: DEMO_SERVER_KEY });
    }
  } catch {
    // Not JSON: the API answers that with its own 400.
  }
  return body;
}

async function answerThroughDemoProxy(scenario: DemoScenario, request: ApiRequest): Promise<Response> {
  const started = performance.now();
  if (scenario === 'unreachable') {
    await delay(150);
    return toResponse(
      makeProxyError(
        'unreachable',
        `Could not reach ${DEFAULT_HOST_URL}: the host name did not resolve.`,
        'ENOTFOUND',
      ),
    );
  }
  const answer = answerApiRequest(request, scenario, Date.now() / 1000);
  if (answer.fault === 'hang' || answer.fault === 'trickle') {
    await delay(demoConfig.timeoutMs);
    return toResponse(
      makeProxyError('timeout', `The API did not answer within ${demoConfig.timeoutMs / 1000} seconds.`),
    );
  }
  await delay(answer.delayMs || 120 + Math.round(Math.random() * 180));
  if (answer.fault === 'reset-mid-body') {
    return toResponse(
      makeProxyError('unreachable', 'The connection to the API broke mid-answer.', 'ECONNRESET'),
    );
  }
  return new HttpResponse(answer.bodyBytes ?? answer.body, {
    status: answer.status,
    headers: {
      ...answer.headers,
      [PROXY_MARKER_HEADER]: '1',
      [SERVER_TIMING_HEADER]: `upstream;dur=${Math.round(performance.now() - started)}`,
      'cache-control': 'no-store',
    },
  });
}

function toResponse({
  status,
  headers,
  body,
}: {
  status: number;
  headers: Record<string, string>;
  body: string;
}) {
  return new HttpResponse(body, { status, headers });
}
