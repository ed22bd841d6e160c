// The API contract: every shape and header that the browser client, the proxy, the msw demo handlers and the
// fake upstream agree on (the paths are in endpoints.ts). Facts about the real API come from
// shared/reference/monai-api-facts.md.

export const DEFAULT_HOST_URL = 'https://api.monai.ngc.nvidia.com';
export const DEFAULT_ORG = 'iasixjqzw1hj';
export const DEFAULT_TIMEOUT_MS = 10_000;

/** An org name the proxy will put into an upstream path. */
export const ORG_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Present on every response the proxy writes, so the client can tell the proxy from a static file server. */
export const PROXY_MARKER_HEADER = 'x-notebook-proxy';
/** Set (to a ProxyErrorKind) only on errors the proxy made itself, never on the upstream's own answers. */
export const PROXY_ERROR_HEADER = 'x-notebook-proxy-error';
/** `Server-Timing: upstream;dur=<ms>` carries how long the upstream took. */
export const SERVER_TIMING_HEADER = 'server-timing';

export type ProxyErrorKind =
  | 'timeout' // upstream did not answer within MONAI_TIMEOUT_MS
  | 'unreachable' // DNS failure, refused, reset, TLS error
  | 'upstream_too_large' // upstream body over the proxy's limit
  | 'upstream_redirect' // upstream answered with a redirect, which the proxy does not follow
  | 'upstream_invalid' // upstream answered with a status outside 100–599
  | 'not_found' // not an allowlisted route
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'bad_request'
  | 'rate_limited'
  | 'forbidden_origin'
  | 'key_required'; // no key in the request and the server key may not be used for this client

export interface ProxyErrorBody {
  proxy_error: {
    kind: ProxyErrorKind;
    /** Plain words, safe to show: never contains a key or token. */
    message: string;
    /** Low-level cause such as ECONNREFUSED or ENOTFOUND, when there is one. */
    code?: string;
  };
}

export const proxyErrorStatus: Record<ProxyErrorKind, number> = {
  timeout: 504,
  unreachable: 502,
  upstream_too_large: 502,
  upstream_redirect: 502,
  upstream_invalid: 502,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  bad_request: 400,
  rate_limited: 429,
  forbidden_origin: 403,
  key_required: 401,
};

export function isProxyErrorBody(value: unknown): value is ProxyErrorBody {
  if (typeof value !== 'object' || value === null || !('proxy_error' in value)) return false;
  const inner = (value as { proxy_error: unknown }).proxy_error;
  return (
    typeof inner === 'object' && inner !== null && typeof (inner as { kind?: unknown }).kind === 'string'
  );
}

/** What a key problem found before sending is called; see src/secrets/key-checks.ts. */
export type KeyProblem =
  | 'empty'
  | 'placeholder'
  | 'surrounding-whitespace'
  | 'surrounding-quotes'
  | 'export-prefix'
  | 'inner-whitespace'
  | 'unknown-shape';

export type KeyKind = 'personal' | 'legacy' | 'unknown';

/** GET /proxy/config */
export interface ConfigResponse {
  hostUrl: string;
  /** MONAI_HOST_URL was set: the person who started the server means to call that host (live mode). */
  hostUrlSet?: boolean;
  timeoutMs: number;
  serverKey:
    | { set: false }
    | {
        set: true;
        /** e.g. "nvapi-…9xQe (70 characters)"; never the value. */
        fingerprint: string;
        kind: KeyKind;
        problems: KeyProblem[];
        /** False when this client may not use the server's key; `notUsableBecause` says why. */
        usable: boolean;
        /**
         * 'not-owner': this browser did not open the owner link the server printed in its terminal.
         * 'not-this-machine': the request came from another machine or through a proxy.
         */
        notUsableBecause?: ServerKeyRefusal;
      };
}

export type ServerKeyRefusal = 'not-owner' | 'not-this-machine';

/** 201 from POST /api/v1/login. */
export interface LoginSuccess {
  token: string;
  user_id: string;
}

/** Reads the upstream's plain-words message out of any of its error shapes. */
export function upstreamMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.error_desc === 'string') return record.error_desc;
  if (typeof record.description === 'string') return record.description;
  if (isProxyErrorBody(body)) return body.proxy_error.message;
  return undefined;
}

/** An error the proxy makes itself; the real proxy and the demo's service worker both answer with this. */
export function makeProxyError(
  kind: ProxyErrorKind,
  message: string,
  code?: string,
): { status: number; headers: Record<string, string>; body: string } {
  const body: ProxyErrorBody = { proxy_error: { kind, message, ...(code ? { code } : {}) } };
  return {
    status: proxyErrorStatus[kind],
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      [PROXY_MARKER_HEADER]: '1',
      [PROXY_ERROR_HEADER]: kind,
    },
    body: JSON.stringify(body),
  };
}
