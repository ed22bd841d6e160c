// What can go wrong between the proxy and the MONAI API, in plain words: the proxy's own error kinds, never a
// request header or body.
import type { ProxyErrorKind } from '../src/api/contract.ts';

export interface UpstreamFailure {
  kind: Extract<
    ProxyErrorKind,
    'timeout' | 'unreachable' | 'upstream_too_large' | 'upstream_redirect' | 'upstream_invalid'
  >;
  message: string;
  code?: string;
  upstreamStatus?: number;
}

function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && !code.startsWith('UND_ERR_ABORTED')) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Turns a transport error into plain words; never includes request headers or bodies. */
export function describeTransportError(error: unknown, hostUrl: string): UpstreamFailure {
  const code = errorCode(error);
  const host = new URL(hostUrl).host;
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
    return { kind: 'timeout', message: `Could not connect to ${host} in time.`, code: 'ETIMEDOUT' };
  }
  if (code === 'ECONNREFUSED') {
    return {
      kind: 'unreachable',
      message: `${host} refused the connection: nothing is listening there.`,
      code,
    };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return {
      kind: 'unreachable',
      message: `The host name ${new URL(hostUrl).hostname} did not resolve (DNS).`,
      code,
    };
  }
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return {
      kind: 'unreachable',
      message: 'The connection to the API broke mid-answer.',
      code: 'ECONNRESET',
    };
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return { kind: 'unreachable', message: `There is no network route to ${host}.`, code };
  }
  if (code && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
    return { kind: 'unreachable', message: `The TLS certificate of ${host} was not accepted.`, code };
  }
  return { kind: 'unreachable', message: `Could not reach ${host}.`, ...(code ? { code } : {}) };
}
