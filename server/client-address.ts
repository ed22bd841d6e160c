// Who is asking. By default from the socket only: X-Forwarded-For and friends are set by the client and prove
// nothing. Behind load balancers that append to X-Forwarded-For, TRUST_PROXY_HOPS says how many of its
// right-most entries they wrote, and so where the client's own address is.
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { hostname } from 'node:os';

/**
 * The client's address, for the login rate limit. With `trustedHops` = 0 it is the socket's peer. With n > 0,
 * n proxies stand in front of this server, each appending the address it was reached from to
 * X-Forwarded-For, so the client is the entry n places from the right of [...X-Forwarded-For, socket peer];
 * anything to the left of it was written by the client and is ignored.
 */
export function clientAddress(req: IncomingMessage, trustedHops = 0): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops === 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  const entry = chain[Math.max(0, chain.length - 1 - trustedHops)]!;
  // A trusted proxy writes addresses; anything else means the request did not come the way it was told to.
  return isIP(entry) !== 0 ? entry : peer;
}

// Headers that reverse proxies add. A browser on this machine talking to the server directly sends none.
const FORWARDING_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-real-ip',
  'via',
  'cf-connecting-ip',
  'true-client-ip',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-forwarded-server',
  'x-client-ip',
  'x-cluster-client-ip',
  'fastly-client-ip',
  'x-original-forwarded-for',
];

/**
 * Whether the request comes from a browser on this machine, straight to this server: the only requests the
 * server's own key is for. A reverse proxy on this machine (nginx, Caddy, a tunnel) makes every visitor's
 * socket a loopback one, so a request that carries any forwarding header is treated as from elsewhere; the
 * header can only take the server key away, never grant it.
 */
export function isFromThisMachine(req: IncomingMessage): boolean {
  if (!isLoopbackAddress(req.socket.remoteAddress ?? '')) return false;
  return FORWARDING_HEADERS.every((name) => req.headers[name] === undefined);
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
