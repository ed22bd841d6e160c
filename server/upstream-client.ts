// The proxy's one connection pool to the MONAI API, created once. It buffers each answer (bounded), so a
// fault anywhere in the exchange still becomes one clear proxy error instead of half an answer.
import type { IncomingHttpHeaders } from 'node:http';
import { Pool, type Dispatcher } from 'undici';
import { describeTransportError, type UpstreamFailure } from './upstream-failure.ts';

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
  | ({ ok: false; durationMs: number } & UpstreamFailure);

export interface UpstreamClient {
  send(request: UpstreamRequest): Promise<UpstreamResult>;
  close(): Promise<void>;
}

export const MAX_UPSTREAM_BODY_BYTES = 1024 * 1024;

interface ExchangeRules {
  hostUrl: string;
  timeoutMs: number;
  maxBodyBytes: number;
  timeoutMessage: string;
  tooLargeMessage: string;
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// RFC 9110: delay-seconds or an HTTP-date (IMF-fixdate); anything else is dropped, not passed on.
const DELAY_SECONDS = /^\d{1,10}$/;
const IMF_FIXDATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

export function validRetryAfter(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (DELAY_SECONDS.test(trimmed)) return trimmed;
  return IMF_FIXDATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed)) ? trimmed : undefined;
}

function expire(exchange: Exchange): void {
  exchange.settle({ kind: 'timeout', message: exchange.rules.timeoutMessage });
}

/**
 * One request, as undici's dispatch handler: the answer's chunks are collected as they arrive (no stream, no
 * AbortSignal), and the request settles exactly once — answer, failure or deadline, whichever comes first.
 */
class Exchange implements Dispatcher.DispatchHandler {
  private controller: Dispatcher.DispatchController | null = null;
  private settled = false;
  private status = 0;
  private headers: IncomingHttpHeaders = {};
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private readonly started = performance.now();
  // Our own deadline covers waiting for a connection, connecting, the headers and the whole body.
  private readonly timer: NodeJS.Timeout;

  constructor(
    readonly rules: ExchangeRules,
    private readonly resolve: (result: UpstreamResult) => void,
  ) {
    this.timer = setTimeout(expire, rules.timeoutMs, this);
  }

  settle(outcome: UpstreamAnswer | UpstreamFailure): void {
    if (this.settled) return;
    this.settled = true;
    clearTimeout(this.timer);
    const durationMs = Math.round(performance.now() - this.started);
    if ('kind' in outcome) {
      // Stops reading: undici closes that connection, and the pool opens another when it needs one.
      this.controller?.abort(new Error('The proxy stopped reading this answer.'));
      this.resolve({ ok: false, ...outcome, durationMs });
    } else {
      this.resolve({ ok: true, answer: outcome, durationMs });
    }
  }

  private tooLarge(): UpstreamFailure {
    return { kind: 'upstream_too_large', message: this.rules.tooLargeMessage, upstreamStatus: this.status };
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    // The deadline passed while it waited for a connection: it never goes out.
    if (this.settled) controller.abort(new Error('The proxy gave up on this request.'));
  }

  onResponseStart(_: Dispatcher.DispatchController, status: number, headers: IncomingHttpHeaders): void {
    if (status < 200 || this.settled) return; // 1xx: the real answer follows
    this.status = status;
    this.headers = headers;
    if (status > 599) {
      // Not an HTTP status a browser knows; passed on, Node would even send it (it allows up to 999).
      this.settle({
        kind: 'upstream_invalid',
        message: `The API answered with status ${status}, which is not a valid HTTP status.`,
        upstreamStatus: status,
      });
    } else if (status >= 300 && status < 400) {
      this.settle({
        kind: 'upstream_redirect',
        message: `The API answered ${status}, a redirect, which the proxy does not follow.`,
        upstreamStatus: status,
      });
    } else if (Number(firstHeader(headers['content-length']) ?? 0) > this.rules.maxBodyBytes) {
      this.settle(this.tooLarge());
    }
  }

  onResponseData(_: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.settled) return;
    this.size += chunk.length;
    if (this.size > this.rules.maxBodyBytes) this.settle(this.tooLarge());
    else this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    const { chunks, headers } = this;
    this.settle({
      status: this.status,
      contentType: firstHeader(headers['content-type']),
      retryAfter: validRetryAfter(firstHeader(headers['retry-after'])),
      body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, this.size),
    });
  }

  onResponseError(_: Dispatcher.DispatchController, error: Error): void {
    this.settle(describeTransportError(error, this.rules.hostUrl));
  }
}

export function createUpstreamClient(options: {
  hostUrl: string;
  timeoutMs: number;
  maxBodyBytes?: number;
}): UpstreamClient {
  const { hostUrl, timeoutMs, maxBodyBytes = MAX_UPSTREAM_BODY_BYTES } = options;
  // The exchange's own deadline covers the headers and the body, so undici's per-request timers are off: each
  // was an object that lived until undici's next half-second tick, long enough to reach the old generation.
  const pool = new Pool(hostUrl, {
    connections: 256,
    pipelining: 1,
    keepAliveTimeout: 4_000,
    connect: { timeout: timeoutMs },
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  const rules: ExchangeRules = {
    hostUrl,
    timeoutMs,
    maxBodyBytes,
    timeoutMessage: `The API did not answer within ${Number((timeoutMs / 1000).toFixed(1))} seconds.`,
    tooLargeMessage: `The API's answer was larger than ${Math.round(maxBodyBytes / 1024)} KiB, so the proxy cut it off.`,
  };

  return {
    send(request) {
      const { method, path, headers, body } = request;
      return new Promise((resolve) => {
        pool.dispatch(
          body === undefined
            ? { method, path, headers }
            : {
                method,
                path,
                headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
                body,
              },
          new Exchange(rules, resolve),
        );
      });
    },
    async close() {
      await pool.destroy();
    },
  };
}
