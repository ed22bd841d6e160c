import type { Failure, RequestStep } from '../troubleshooting/failure.ts';
import { PROXY_ERROR_HEADER, PROXY_MARKER_HEADER, isProxyErrorBody, upstreamMessage } from './contract.ts';
import { proxyReady } from './proxy-gate.ts';

/** A response that came from the app's proxy (passed through from the upstream, or made by the proxy). */
export interface ProxyAnswer {
  status: number;
  headers: Headers;
  text: string;
  durationMs: number;
}

/** Thrown by the request functions so React Query sees a failed mutation; carries the failure as data. */
export class StepFailedError extends Error {
  constructor(readonly failure: Failure) {
    super(`Step failed: ${failure.kind}`);
    this.name = 'StepFailedError';
  }
}

/**
 * Sends one request to the app's own proxy and sorts out who answered: nobody (server down), a static file
 * server (no proxy marker), the proxy itself (its error header), or the upstream through the proxy.
 */
export async function sendToProxy(step: RequestStep, url: string, init: RequestInit): Promise<ProxyAnswer> {
  // In demo mode, a run in the first moment after start-up waits for the service worker that answers it.
  await proxyReady();
  const started = performance.now();
  let response: Response;
  let bytes: ArrayBuffer;
  try {
    response = await fetch(url, {
      ...init,
      cache: 'no-store',
      credentials: 'same-origin',
      redirect: 'error',
    });
    bytes = await response.arrayBuffer();
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new StepFailedError({
      kind: 'app-server-unreachable',
      step,
      message: error instanceof Error ? error.message : 'The request failed.',
    });
  }
  const durationMs = Math.round(performance.now() - started);
  const strictText = decodeUtf8(bytes);
  if (strictText === null && response.ok && response.headers.has(PROXY_MARKER_HEADER)) {
    // A success whose body is not valid UTF-8 cannot be the JSON the notebook expects.
    throw new StepFailedError({
      kind: 'unexpected-body',
      step,
      status: response.status,
      missingFields: [],
      html: false,
      durationMs,
    });
  }
  const text = strictText ?? new TextDecoder('utf-8').decode(bytes);

  if (!response.headers.has(PROXY_MARKER_HEADER)) {
    throw new StepFailedError({ kind: 'proxy-missing', step, status: response.status, durationMs });
  }
  if (response.headers.has(PROXY_ERROR_HEADER)) {
    const body = parseJson(text);
    const inner = isProxyErrorBody(body) ? body.proxy_error : undefined;
    throw new StepFailedError({
      kind: 'proxy-error',
      step,
      status: response.status,
      proxyKind: inner?.kind ?? (response.headers.get(PROXY_ERROR_HEADER) as never),
      message: inner?.message ?? 'The proxy could not complete the request.',
      ...(inner?.code ? { code: inner.code } : {}),
      ...retryAfter(response.headers),
      durationMs,
    });
  }
  return { status: response.status, headers: response.headers, text, durationMs };
}

/** Turns an upstream answer into its JSON body, or throws the failure a learner should see. */
export function expectJsonSuccess(step: RequestStep, answer: ProxyAnswer): unknown {
  const html = looksLikeHtml(answer);
  if (answer.status < 200 || answer.status > 299) {
    const body = html ? undefined : parseJson(answer.text);
    const message = upstreamMessage(body);
    const htmlTitle = html ? /<title>([^<]{1,200})<\/title>/i.exec(answer.text)?.[1]?.trim() : undefined;
    throw new StepFailedError({
      kind: 'http-error',
      step,
      status: answer.status,
      html,
      durationMs: answer.durationMs,
      ...(message ? { message } : {}),
      ...(htmlTitle ? { htmlTitle } : {}),
      ...retryAfter(answer.headers),
    });
  }
  const body = html ? undefined : parseJson(answer.text);
  if (body === undefined) {
    throw new StepFailedError({
      kind: 'unexpected-body',
      step,
      status: answer.status,
      missingFields: [],
      html,
      durationMs: answer.durationMs,
    });
  }
  return body;
}

function looksLikeHtml(answer: ProxyAnswer): boolean {
  const type = answer.headers.get('content-type') ?? '';
  return type.includes('text/html') || /^\s*<(!doctype|html|head|body)/i.test(answer.text);
}

/** null when the bytes are not valid UTF-8. */
function decodeUtf8(bytes: ArrayBuffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function retryAfter(headers: Headers): { retryAfterSeconds?: number } {
  const value = headers.get('retry-after');
  if (!value) return {};
  const seconds = /^\d+$/.test(value.trim())
    ? Number(value.trim())
    : Math.round((Date.parse(value) - Date.now()) / 1000);
  return Number.isFinite(seconds) && seconds >= 0 ? { retryAfterSeconds: seconds } : {};
}
