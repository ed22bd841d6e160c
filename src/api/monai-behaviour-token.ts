// The fake API's JWT: real-looking (three base64url segments, RS256 header, the usual claims) and verified
// statelessly by recomputing its pseudo-signature, so the msw worker and the fake server need no session store.
// Pure: runs in Node and in the browser. Not cryptography, only a stand-in that rejects tampered tokens.
import { base64UrlFromBytes, base64UrlFromJson, jsonFromBase64Url } from '../secrets/base64url.ts';

export const FAKE_TOKEN_ISSUER = 'https://api.monai.ngc.nvidia.com';
export const FAKE_TOKEN_AUDIENCE = 'ngc';
export const FAKE_TOKEN_LIFETIME_SECONDS = 24 * 60 * 60;
const SIGNING_SALT = 'credentials-notebook-fake-upstream';

/** 128 bits of a string, as four 32-bit words (cyrb128). Stable across runtimes. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** `count` pseudo-random bytes seeded by `seed` (sfc32). */
function bytesFrom(seed: string, count: number): number[] {
  let [a, b, c, d] = hash128(seed);
  const out: number[] = [];
  while (out.length < count) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    out.push((t >>> 0) & 0xff, (t >>> 8) & 0xff, (t >>> 16) & 0xff, (t >>> 24) & 0xff);
  }
  return out.slice(0, count);
}

function hex(bytes: number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A version-5-shaped uuid derived from `seed`, so the same key always gets the same user id. */
export function fakeUuid(seed: string): string {
  const bytes = bytesFrom(`uuid:${seed}`, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function signatureFor(signingInput: string): string {
  // 256 bytes, the length of a real RS256 signature.
  return base64UrlFromBytes(bytesFrom(`${SIGNING_SALT}:${signingInput}`, 256));
}

export interface FakeTokenClaims {
  aud: string;
  exp: number;
  iat: number;
  iss: string;
  jti: string;
  sub: string;
}

/** Issues the token the fake login returns; `expired` backdates it so `exp` has already passed. */
export function issueFakeToken(
  key: string,
  nowSeconds: number,
  expired = false,
): { token: string; userId: string } {
  const userId = fakeUuid(key);
  const iat = expired ? nowSeconds - FAKE_TOKEN_LIFETIME_SECONDS - 3600 : nowSeconds;
  const claims: FakeTokenClaims = {
    aud: FAKE_TOKEN_AUDIENCE,
    exp: iat + FAKE_TOKEN_LIFETIME_SECONDS,
    iat,
    iss: FAKE_TOKEN_ISSUER,
    jti: fakeUuid(`${key}:${iat}`),
    sub: userId,
  };
  const header = base64UrlFromJson({ alg: 'RS256', kid: 'fake-monai-1', typ: 'JWT' });
  const signingInput = `${header}.${base64UrlFromJson(claims)}`;
  return { token: `${signingInput}.${signatureFor(signingInput)}`, userId };
}

/** Checks a `Bearer <jwt>` header the way the ingress would: well formed, ours, unexpired. */
export function verifyFakeBearer(
  authorization: string | undefined,
  nowSeconds: number,
): { userId: string } | null {
  const match = /^Bearer ([^\s.]+)\.([^\s.]+)\.([^\s.]+)$/.exec(authorization ?? '');
  if (!match) return null;
  const [, header, payload, signature] = match as unknown as [string, string, string, string];
  if (signatureFor(`${header}.${payload}`) !== signature) return null;
  const claims = jsonFromBase64Url(payload) as Partial<FakeTokenClaims> | undefined;
  if (typeof claims !== 'object' || claims === null) return null;
  if (claims.iss !== FAKE_TOKEN_ISSUER || typeof claims.sub !== 'string') return null;
  if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) return null;
  return { userId: claims.sub };
}
