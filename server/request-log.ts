// One JSON line per proxied request. Entries carry route names and numbers only, never a header or body,
// so a key or token cannot reach the log by construction.
import type { ProxyErrorKind } from '../src/api/contract.ts';

export interface ProxyLogEntry {
  time: string;
  route: 'config' | 'login' | 'experiments' | 'not_found' | 'refused';
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
