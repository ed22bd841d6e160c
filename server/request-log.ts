// One JSON line per proxied request. Entries carry route names and numbers only, never a header or body,
// so a key or token cannot reach the log by construction.
import type { ProxyErrorKind } from '../src/api/contract.ts';
import type { EndpointName } from '../src/api/endpoints.ts';

export interface ProxyLogEntry {
  time: string;
  route: EndpointName | 'not_found' | 'refused';
  method: string;
  status: number;
  durationMs: number;
  upstreamStatus?: number;
  proxyError?: ProxyErrorKind;
  /** Low-level cause such as ECONNREFUSED. */
  code?: string;
}

export type ProxyLogger = (entry: ProxyLogEntry) => void;

export const stdoutLogger: ProxyLogger = (entry) => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};

const BATCH_FLUSH_CHARS = 64 * 1024;

/**
 * The same lines, written once per turn of the event loop (or every 64 KiB) instead of once per request: under
 * load a write per request costs the server a system call each. Lines go out whole and in order.
 */
export function createBatchedLogger(write: (text: string) => void): { log: ProxyLogger; flush(): void } {
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const text = pending;
    pending = '';
    write(text);
  };
  const log: ProxyLogger = (entry) => {
    pending += `${JSON.stringify(entry)}\n`;
    if (pending.length >= BATCH_FLUSH_CHARS) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return { log, flush };
}

let batchedStdout: ProxyLogger | undefined;

/** `npm start`'s log: batched stdout lines, the last of them written on the way out too. */
export function batchedStdoutLogger(): ProxyLogger {
  if (!batchedStdout) {
    const { log, flush } = createBatchedLogger((text) => process.stdout.write(text));
    process.once('exit', flush);
    batchedStdout = log;
  }
  return batchedStdout;
}
