import { describe, expect, it } from 'vitest';
import { decodeJwt, formatDuration, tokenTimes } from './jwt.ts';

function base64url(text: string | Uint8Array): string {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function makeJwt(header: unknown, claims: unknown, signature = 'c2lnbmF0dXJl'): string {
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}.${signature}`;
}

const HEADER = { alg: 'RS256', typ: 'JWT' };

describe('decodeJwt', () => {
  it('reads the header and claims of a well-formed token', () => {
    const claims = {
      sub: 'user-1',
      aud: 'ngc',
      iss: 'https://authn.nvidia.com',
      iat: 1_700_000_000,
      exp: 1_700_086_400,
    };
    expect(decodeJwt(makeJwt(HEADER, claims))).toEqual({ header: HEADER, claims });
  });

  it('decodes UTF-8 and base64url characters (- and _) correctly', () => {
    // "ÿÿ" and "?>" encode to bytes whose base64 uses + and /, so their base64url form uses - and _.
    const claims = { name: 'Zoë ÿÿ ?>?>', sub: 'ä' };
    const token = makeJwt(HEADER, claims);
    expect(token.split('.')[1]).toMatch(/[-_]/);
    expect(decodeJwt(token)?.claims).toEqual(claims);
  });

  it('accepts an empty signature (alg "none") and surrounding whitespace', () => {
    expect(decodeJwt(`  ${makeJwt({ alg: 'none' }, { sub: 'x' }, '')}\n`)?.claims).toEqual({ sub: 'x' });
  });

  const notJwt: [string, string][] = [
    ['empty string', ''],
    ['an API key', 'nvapi-' + 'a'.repeat(64)],
    ['two segments', `${base64url('{}')}.${base64url('{}')}`],
    ['four segments', `${base64url('{}')}.${base64url('{}')}.x.y`],
    ['characters outside base64url', `${base64url('{}')}.e30+/.sig`],
    ['padding characters', `${base64url('{}')}.e30=.sig`],
    ['empty claims segment', `${base64url('{}')}..sig`],
    ['impossible base64 length', `${base64url('{}')}.abcde.sig`],
    ['claims not JSON', `${base64url('{}')}.${base64url('not json')}.sig`],
    ['claims an array', `${base64url('{}')}.${base64url('[1,2]')}.sig`],
    ['claims null', `${base64url('{}')}.${base64url('null')}.sig`],
    ['header a string', `${base64url('"hi"')}.${base64url('{}')}.sig`],
    ['claims not UTF-8', `${base64url('{}')}.${base64url(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))}.sig`],
  ];
  it.each(notJwt)('gives null, without throwing, for %s', (_name, token) => {
    expect(decodeJwt(token)).toBeNull();
  });

  it('gives null for a value that is not a string at all', () => {
    expect(decodeJwt(undefined as unknown as string)).toBeNull();
  });

  it('drops registered claims of the wrong type but keeps the rest', () => {
    const decoded = decodeJwt(
      makeJwt(HEADER, { exp: '1700000000', iat: null, sub: 5, aud: [1], iss: 'i', extra: true }),
    );
    expect(decoded?.claims).toEqual({ iss: 'i', extra: true });
  });
});

describe('tokenTimes', () => {
  const now = 1_700_000_000;
  const cases: [string, Parameters<typeof tokenTimes>[0], ReturnType<typeof tokenTimes>][] = [
    [
      'a token valid for a day',
      { iat: now, exp: now + 86_400 },
      {
        issuedAt: new Date(now * 1000),
        expiresAt: new Date((now + 86_400) * 1000),
        secondsLeft: 86_400,
        expired: false,
      },
    ],
    [
      'a token that expired 3 minutes ago',
      { exp: now - 180 },
      { expiresAt: new Date((now - 180) * 1000), secondsLeft: -180, expired: true },
    ],
    [
      'a token expiring this very second',
      { exp: now },
      { expiresAt: new Date(now * 1000), secondsLeft: 0, expired: true },
    ],
    [
      'a token without exp (lifetime unknown)',
      { iat: now - 10 },
      { issuedAt: new Date((now - 10) * 1000), expired: false },
    ],
    ['no times at all', { sub: 'x' }, { expired: false }],
  ];
  it.each(cases)('%s', (_name, claims, expected) => {
    expect(tokenTimes(claims, now)).toEqual(expected);
  });
});

describe('formatDuration', () => {
  const cases: [number, string][] = [
    [0, '0 s'],
    [45, '45 s'],
    [59.9, '59 s'],
    [60, '1 min'],
    [250, '4 min 10 s'],
    [3_600, '1 h'],
    [3_660, '1 h 1 min'],
    [86_399, '23 h 59 min'],
    [86_400, '1 d'],
    [2 * 86_400 + 3 * 3_600 + 59, '2 d 3 h'],
    [-180, 'expired 3 min ago'],
    [-5, 'expired 5 s ago'],
    [Number.NaN, 'unknown'],
    [Number.POSITIVE_INFINITY, 'unknown'],
  ];
  it.each(cases)('%s seconds reads "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
