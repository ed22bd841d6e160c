// Reads a login token's claims so the notebook can show when it was issued and when it expires.
// Decoding only: the signature is not (and cannot be) checked in the browser, so nothing here is trusted
// for access decisions.
import { jsonFromBase64Url } from './base64url.ts';

export interface JwtClaims {
  sub?: string;
  aud?: string | string[];
  iss?: string;
  /** Seconds since the epoch. */
  iat?: number;
  /** Seconds since the epoch. */
  exp?: number;
  [claim: string]: unknown;
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: JwtClaims;
}

export interface TokenTimes {
  issuedAt?: Date;
  expiresAt?: Date;
  /** Seconds from `now` to `exp`; negative once expired. Absent when the token has no `exp`. */
  secondsLeft?: number;
  /** False when the token has no `exp`: its lifetime is then unknown, not over. */
  expired: boolean;
}

/** Decodes a JWT's header and claims; anything that is not a well-formed JWT gives null, never an exception. */
export function decodeJwt(token: string): DecodedJwt | null {
  if (typeof token !== 'string') return null;
  const segments = token.trim().split('.');
  // A JWS has three segments; the signature may be empty (alg "none"), header and claims may not.
  if (segments.length !== 3) return null;
  const [headerSegment = '', claimsSegment = ''] = segments;
  const header = decodeJsonObject(headerSegment);
  const claims = decodeJsonObject(claimsSegment);
  if (!header || !claims) return null;
  return { header, claims: normalizeClaims(claims) };
}

/** When the token was issued and when it expires, relative to `nowSeconds` (seconds since the epoch). */
export function tokenTimes(claims: JwtClaims, nowSeconds: number): TokenTimes {
  const times: TokenTimes = { expired: false };
  if (claims.iat !== undefined) times.issuedAt = new Date(claims.iat * 1000);
  if (claims.exp !== undefined) {
    times.expiresAt = new Date(claims.exp * 1000);
    times.secondsLeft = claims.exp - nowSeconds;
    times.expired = times.secondsLeft <= 0;
  }
  return times;
}

/**
 * A duration in words a reader can take in at a glance: "45 s", "4 min 10 s", "23 h 59 min", "2 d 3 h".
 * Negative durations are in the past: "expired 3 min ago".
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'unknown';
  if (seconds < 0) return `expired ${formatDuration(-seconds)} ago`;
  const whole = Math.floor(seconds);
  const days = Math.floor(whole / 86_400);
  const hours = Math.floor((whole % 86_400) / 3_600);
  const minutes = Math.floor((whole % 3_600) / 60);
  const secs = whole % 60;
  // Two units at most: the larger one, and the next one down when it is not zero.
  if (days > 0) return joinUnits([days, 'd'], [hours, 'h']);
  if (hours > 0) return joinUnits([hours, 'h'], [minutes, 'min']);
  if (minutes > 0) return joinUnits([minutes, 'min'], [secs, 's']);
  return `${secs} s`;
}

function joinUnits(major: [number, string], minor: [number, string]): string {
  const text = `${major[0]} ${major[1]}`;
  return minor[0] > 0 ? `${text} ${minor[0]} ${minor[1]}` : text;
}

function decodeJsonObject(segment: string): Record<string, unknown> | null {
  const value = jsonFromBase64Url(segment);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return value as Record<string, unknown>;
}

// Registered claims of the wrong type are dropped so callers can rely on the types JwtClaims promises.
function normalizeClaims(raw: Record<string, unknown>): JwtClaims {
  const claims: JwtClaims = { ...raw };
  for (const name of ['iat', 'exp'] as const) {
    if (name in claims && !(typeof raw[name] === 'number' && Number.isFinite(raw[name]))) delete claims[name];
  }
  for (const name of ['sub', 'iss'] as const) {
    if (name in claims && typeof raw[name] !== 'string') delete claims[name];
  }
  const aud = raw.aud;
  const audOk =
    typeof aud === 'string' || (Array.isArray(aud) && aud.every((item) => typeof item === 'string'));
  if ('aud' in claims && !audOk) delete claims.aud;
  return claims;
}
