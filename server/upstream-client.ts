// The proxy's one connection pool to the MONAI API, created once. It buffers each answer (bounded), so a
// fault anywhere in the exchange still becomes one clear proxy error instead of half an answer.
import { Pool } from 'undici';
import type { ProxyErrorKind } from '../src/api/contract.ts';

export interface UpstreamRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface UpstreamAnswer {
  status: number;
  contentType?: string;
  retryAfter?: string;
  body: Buffer;
}

export type UpstreamResult =
  | { ok: true; answer: UpstreamAnswer; durationMs: number }
  | {
      ok: false;
      kind: Extract<ProxyErrorKind, 'timeout' | 'unreachable' | 'upstream_too_large' | 'upstream_redirect'>;
      message: string;
      code?: string;
      upstreamStatus?: number;
      durationMs: number;
    };

export interface UpstreamClient {
  send(request: UpstreamRequest): Promise<UpstreamResult>;
  close(): Promise<void>;
}

export const MAX_UPSTREAM_BODY_BYTES = 1024 * 1024;

type Failure = Omit<Extract<UpstreamResult, { ok: false }>, 'durationMs' | 'ok'>;

function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && !code.startsWith('UND_ERR_ABORTED')) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Turns a transport error into plain words; never includes request headers or bodies. */
export function describeTransportError(error: unknown, hostUrl: string): Failure {
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

/** Stops reading an answer; its stream then errors with 'aborted', which nobody needs to hear. */
function discard(body: { on(event: 'error', listener: () => void): unknown; destroy(): unknown }): void {
  body.on('error', () => {});
  body.destroy();
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function createUpstreamClient(options: {
  hostUrl: string;
  timeoutMs: number;
  maxBodyBytes?: number;
}): UpstreamClient {
  const { hostUrl, timeoutMs, maxBodyBytes = MAX_UPSTREAM_BODY_BYTES } = options;
  // Our own deadline covers connect + headers + body; undici's timers are a backstop just behind it.
  const pool = new Pool(hostUrl, {
    connections: 32,
    pipelining: 1,
    keepAliveTimeout: 4_000,
    connect: { timeout: timeoutMs },
    headersTimeout: timeoutMs + 1_000,
    bodyTimeout: timeoutMs + 1_000,
  });

  async function exchange(request: UpstreamRequest, signal: AbortSignal): Promise<UpstreamAnswer | Failure> {
    const response = await pool.request({
      path: request.path,
      method: request.method,
      headers:
        request.body === undefined
          ? request.headers
          : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
      body: request.body ?? null,
      signal,
    });
    const { statusCode: status, headers, body } = response;
    if (status >= 300 && status < 400) {
      discard(body);
      return {
        kind: 'upstream_redirect',
        message: `The API answered ${status}, a redirect, which the proxy does not follow.`,
        upstreamStatus: status,
      };
    }
    const tooLarge: Failure = {
      kind: 'upstream_too_large',
      message: `The API's answer was larger than ${Math.round(maxBodyBytes / 1024)} KiB, so the proxy cut it off.`,
      upstreamStatus: status,
    };
    if (Number(firstHeader(headers['content-length']) ?? 0) > maxBodyBytes) {
      discard(body);
      return tooLarge;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBodyBytes) {
        discard(body);
        return tooLarge;
      }
      chunks.push(chunk);
    }
    return {
      status,
      contentType: firstHeader(headers['content-type']),
      retryAfter: firstHeader(headers['retry-after']),
      body: Buffer.concat(chunks),
    };
  }

  return {
    async send(request) {
      const started = performance.now();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeoutMs);
      const durationMs = () => Math.round(performance.now() - started);
      try {
        const outcome = await exchange(request, controller.signal);
        if ('kind' in outcome) return { ok: false, ...outcome, durationMs: durationMs() };
        return { ok: true, answer: outcome, durationMs: durationMs() };
      } catch (error) {
        if (controller.signal.aborted) {
          const seconds = Number((timeoutMs / 1000).toFixed(1));
          return {
            ok: false,
            kind: 'timeout',
            message: `The API did not answer within ${seconds} seconds.`,
            durationMs: durationMs(),
          };
        }
        return { ok: false, ...describeTransportError(error, hostUrl), durationMs: durationMs() };
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}
