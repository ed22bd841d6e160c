// What the proxy refuses before anything reaches the API, as pure functions. The real proxy (server/proxy.ts)
// and the demo's service worker (src/mocks/handlers.ts) both apply them, so the two refuse alike; the contract
// test (server/demo-contract.test.ts) checks that they do.
import type { ProxyErrorKind } from './contract.ts';

export const MAX_REQUEST_BODY_BYTES = 16 * 1024;

export interface Refusal {
  kind: ProxyErrorKind;
  message: string;
  headers?: Record<string, string>;
}

export const notFound: Refusal = { kind: 'not_found', message: 'No such route on the proxy.' };

export const bodyTooLarge: Refusal = {
  kind: 'payload_too_large',
  message: `The request body is over ${MAX_REQUEST_BODY_BYTES / 1024} KiB.`,
  headers: { connection: 'close' },
};

export function methodRefusal(method: string, allowed: string): Refusal | null {
  if (method === allowed) return null;
  return {
    kind: 'method_not_allowed',
    message: `This route accepts ${allowed} only.`,
    headers: { allow: allowed },
  };
}

/** `application/json`, with or without parameters such as charset. */
export function isJsonContentType(value: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(value?.trim() ?? '');
}

/**
 * No Content-Type is what the original notebook sends (`requests.post(url, data=json.dumps(…))`), and the API
 * reads the body as JSON regardless. A cross-origin page cannot use that: it sends Origin, which is checked.
 */
export function contentTypeRefusal(contentType: string | undefined): Refusal | null {
  if (contentType === undefined || isJsonContentType(contentType)) return null;
  return { kind: 'unsupported_media_type', message: 'Send the login body as application/json.' };
}

/** A login body: a JSON object whose ngc_api_key, when present, is a string. Empty counts as `{}`. */
export function parseKeyBody(
  text: string,
): { ok: true; key: string | undefined } | { ok: false; refusal: Refusal } {
  const bad = (message: string) => ({
    ok: false as const,
    refusal: { kind: 'bad_request' as const, message },
  });
  let parsed: unknown = {};
  try {
    if (text.length > 0) parsed = JSON.parse(text);
  } catch {
    return bad('The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return bad('The request body must be a JSON object.');
  }
  if (!('ngc_api_key' in parsed)) return { ok: true, key: undefined };
  const key: unknown = (parsed as { ngc_api_key: unknown }).ngc_api_key;
  return typeof key === 'string' ? { ok: true, key } : bad('ngc_api_key must be a string.');
}

/** Header values the proxy will not pass on: too long, or not printable ASCII. */
export function authorizationRefusal(authorization: string | undefined): Refusal | null {
  if (authorization === undefined) return null;
  if (authorization.length <= 8192 && !/[^\x20-\x7e]/.test(authorization)) return null;
  return { kind: 'bad_request', message: 'The Authorization header is not a valid bearer token.' };
}
