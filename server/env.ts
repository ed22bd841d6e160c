// The server's settings, read and checked once at start-up so a typo fails loudly in one line, not at the
// first request. Only the server reads these; nothing here reaches the browser bundle.
import { DEFAULT_HOST_URL, DEFAULT_TIMEOUT_MS } from '../src/api/contract.ts';
import { checkKey } from '../src/secrets/key-checks.ts';
import { MIN_OWNER_SECRET_LENGTH, newOwnerSecret } from './owner-secret.ts';

export interface RateLimit {
  max: number;
  windowMs: number;
}

export interface ServerEnv {
  /** Origin of the MONAI API, without a trailing slash. */
  hostUrl: string;
  /** Whether MONAI_HOST_URL was given: the user means to call that host, so the app starts in live mode. */
  hostUrlSet: boolean;
  /** The server's key, exactly as given (key-checks reports its problems); undefined when unset or empty. */
  apiKey: string | undefined;
  timeoutMs: number;
  /** undefined: each server picks its own default (4173 for `npm start`). */
  port: number | undefined;
  host: string;
  /** null: no limit. */
  loginRateLimit: RateLimit | null;
  /** Extra host names the app may be reached by (besides loopback names, IP literals and this machine's name). */
  allowedHosts: string[];
  /** Proxies in front of the server that append to X-Forwarded-For; 0: the socket's peer is the client. */
  trustProxyHops: number;
  /** The secret in the owner link (MONAI_OWNER_SECRET, or new for each start); see owner-secret.ts. */
  ownerSecret: string;
}

export const DEFAULT_LOGIN_RATE_LIMIT = '20/60s';

/** A setting that does not make sense; its message is one line, safe to print, and never holds the key. */
export class ServerEnvError extends Error {
  override name = 'ServerEnvError';
}

function hostUrlFrom(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ServerEnvError(`MONAI_HOST_URL is not a URL: "${raw}". Example: ${DEFAULT_HOST_URL}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ServerEnvError(`MONAI_HOST_URL must start with https:// or http://, got "${url.protocol}".`);
  }
  if (url.username || url.password) {
    throw new ServerEnvError('MONAI_HOST_URL must not contain a user name or password.');
  }
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(raw)) {
    throw new ServerEnvError(
      `MONAI_HOST_URL must be only a scheme and host, like ${DEFAULT_HOST_URL}, without a path.`,
    );
  }
  return url.origin;
}

function integerFrom(name: string, raw: string, min: number, max: number): number {
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new ServerEnvError(`${name} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return Number(raw);
}

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/** "20/60s" → 20 logins per 60 seconds per client address; "off" turns the limit off. */
export function parseRateLimit(raw: string): RateLimit | null {
  if (raw.trim().toLowerCase() === 'off') return null;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*(ms|s|m|h)\s*$/.exec(raw);
  const max = Number(match?.[1]);
  const windowMs = Number(match?.[2]) * UNIT_MS[(match?.[3] ?? 's') as keyof typeof UNIT_MS];
  if (!match || max < 1 || windowMs < 1) {
    throw new ServerEnvError(
      `MONAI_LOGIN_RATE_LIMIT must look like "20/60s" (logins per time per address) or "off", got "${raw}".`,
    );
  }
  return { max, windowMs };
}

/** The shortest real key: a personal key is `nvapi-` and 64 characters (a legacy key has 84). */
export const SHORTEST_REAL_KEY_LENGTH = 'nvapi-'.length + 64;

function apiKeyFrom(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const length = checkKey(raw).cleaned.replace(/\s+/g, '').length;
  if (length < SHORTEST_REAL_KEY_LENGTH) {
    // `MONAI_API_KEY=nvapi-… npm run dev`, copied from the README as written, lands here.
    throw new ServerEnvError(
      `MONAI_API_KEY is ${length} characters long, shorter than any real key (${SHORTEST_REAL_KEY_LENGTH}: ` +
        'nvapi- and 64 more): put your whole key in place of "nvapi-…", or leave MONAI_API_KEY unset.',
    );
  }
  return raw;
}

function ownerSecretFrom(raw: string | undefined): string {
  if (raw === undefined) return newOwnerSecret();
  if (raw.length < MIN_OWNER_SECRET_LENGTH || !/^[A-Za-z0-9_-]+$/.test(raw)) {
    throw new ServerEnvError(
      `MONAI_OWNER_SECRET must be at least ${MIN_OWNER_SECRET_LENGTH} characters of A-Z, a-z, 0-9, "-" or "_" ` +
        '(e.g. from `openssl rand -base64 32 | tr "+/" "-_" | tr -d "="`).',
    );
  }
  return raw;
}

export function readServerEnv(env: Record<string, string | undefined> = process.env): ServerEnv {
  const set = (name: string) => (env[name] !== undefined && env[name] !== '' ? env[name] : undefined);
  const host = set('HOST')?.trim() ?? '127.0.0.1';
  return {
    hostUrl: hostUrlFrom(set('MONAI_HOST_URL')?.trim() ?? DEFAULT_HOST_URL),
    hostUrlSet: set('MONAI_HOST_URL') !== undefined,
    apiKey: apiKeyFrom(set('MONAI_API_KEY')),
    timeoutMs: set('MONAI_TIMEOUT_MS')
      ? integerFrom('MONAI_TIMEOUT_MS', env.MONAI_TIMEOUT_MS ?? '', 1, 600_000)
      : DEFAULT_TIMEOUT_MS,
    port: set('PORT') ? integerFrom('PORT', env.PORT ?? '', 0, 65_535) : undefined,
    host,
    loginRateLimit: parseRateLimit(set('MONAI_LOGIN_RATE_LIMIT') ?? DEFAULT_LOGIN_RATE_LIMIT),
    allowedHosts: (set('ALLOWED_HOSTS') ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter(Boolean),
    trustProxyHops: set('TRUST_PROXY_HOPS')
      ? integerFrom('TRUST_PROXY_HOPS', env.TRUST_PROXY_HOPS ?? '', 0, 10)
      : 0,
    ownerSecret: ownerSecretFrom(set('MONAI_OWNER_SECRET')),
  };
}
