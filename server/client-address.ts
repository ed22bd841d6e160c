// Who is asking, from the socket only: X-Forwarded-For and friends are set by the client and prove nothing.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { hostname } from 'node:os';

export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export function isLoopbackAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4.startsWith('127.') || address === '::1';
}

/** True when HOST makes the server reachable only from this machine. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || isLoopbackAddress(host.replace(/^\[|\]$/g, ''));
}

/**
 * Whether a Host header names this server in a way a browser can legitimately use: an IP literal, a loopback
 * name, this machine's name, or one given in ALLOWED_HOSTS. Anything else is what DNS rebinding looks like.
 */
export function isAllowedHostHeader(
  hostHeader: string | undefined,
  allowedHosts: readonly string[],
): boolean {
  if (!hostHeader) return false;
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::\d{1,5})?$/.exec(hostHeader.trim());
  if (!match) return false;
  const name = (match[1] ?? '').toLowerCase().replace(/\.$/, '');
  if (isIP(name.replace(/^\[|\]$/g, '')) !== 0) return true;
  const machine = hostname().toLowerCase();
  return (
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === machine ||
    name === `${machine}.local` ||
    allowedHosts.includes(name)
  );
}
