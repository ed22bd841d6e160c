import { describe, expect, it } from 'vitest';
import { DEFAULT_LOGIN_RATE_LIMIT, parseRateLimit, readServerEnv, ServerEnvError } from './env.ts';

const WHOLE_KEY = `nvapi-${'kept-as-given'.repeat(5).slice(0, 64)}`;
const SECRET = 'a-workshop-wide-owner-secret-of-40-chars';

describe('readServerEnv', () => {
  it('has defaults for everything', () => {
    expect(readServerEnv({})).toEqual({
      hostUrl: 'https://api.monai.ngc.nvidia.com',
      hostUrlSet: false,
      apiKey: undefined,
      timeoutMs: 10_000,
      port: undefined,
      host: '127.0.0.1',
      loginRateLimit: parseRateLimit(DEFAULT_LOGIN_RATE_LIMIT),
      allowedHosts: [],
      trustProxyHops: 0,
      ownerSecret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
  });

  it('makes a new owner secret for each start unless MONAI_OWNER_SECRET gives one (for replicas)', () => {
    expect(readServerEnv({}).ownerSecret).not.toBe(readServerEnv({}).ownerSecret);
    expect(readServerEnv({ MONAI_OWNER_SECRET: SECRET }).ownerSecret).toBe(SECRET);
  });

  it('reads every setting', () => {
    expect(
      readServerEnv({
        MONAI_HOST_URL: 'http://127.0.0.1:8787/',
        MONAI_API_KEY: ` ${WHOLE_KEY}\n`,
        MONAI_TIMEOUT_MS: '2500',
        PORT: '8080',
        HOST: '0.0.0.0',
        MONAI_LOGIN_RATE_LIMIT: '5/2m',
        ALLOWED_HOSTS: 'Workshop.example, other.local',
        TRUST_PROXY_HOPS: '2',
        MONAI_OWNER_SECRET: SECRET,
      }),
    ).toEqual({
      hostUrl: 'http://127.0.0.1:8787',
      hostUrlSet: true,
      apiKey: ` ${WHOLE_KEY}\n`,
      timeoutMs: 2500,
      port: 8080,
      host: '0.0.0.0',
      loginRateLimit: { max: 5, windowMs: 120_000 },
      allowedHosts: ['workshop.example', 'other.local'],
      trustProxyHops: 2,
      ownerSecret: SECRET,
    });
  });

  it('treats an empty MONAI_API_KEY as unset', () => {
    expect(readServerEnv({ MONAI_API_KEY: '' }).apiKey).toBeUndefined();
  });

  it.each([
    [{ MONAI_HOST_URL: 'api.monai.ngc.nvidia.com' }, /MONAI_HOST_URL is not a URL/],
    [{ MONAI_HOST_URL: 'ftp://api.example' }, /must start with https:\/\/ or http:\/\//],
    [{ MONAI_HOST_URL: 'https://api.example/api/v1' }, /without a path/],
    [{ MONAI_HOST_URL: 'https://api.example/?x=1' }, /without a path/],
    [{ MONAI_HOST_URL: 'https://api.example/#x' }, /without a path/],
    [{ MONAI_HOST_URL: 'https://user:pw@api.example' }, /user name or password/],
    [{ MONAI_TIMEOUT_MS: '0' }, /MONAI_TIMEOUT_MS must be a whole number from 1/],
    [{ MONAI_TIMEOUT_MS: '10s' }, /MONAI_TIMEOUT_MS/],
    [{ MONAI_TIMEOUT_MS: '-5' }, /MONAI_TIMEOUT_MS/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ MONAI_LOGIN_RATE_LIMIT: '20 per minute' }, /MONAI_LOGIN_RATE_LIMIT must look like "20\/60s"/],
    [{ MONAI_LOGIN_RATE_LIMIT: '0/60s' }, /MONAI_LOGIN_RATE_LIMIT/],
    [{ TRUST_PROXY_HOPS: 'true' }, /TRUST_PROXY_HOPS must be a whole number from 0 to 10, got "true"/],
    [{ TRUST_PROXY_HOPS: '11' }, /TRUST_PROXY_HOPS must be a whole number from 0 to 10/],
    // The README's `MONAI_API_KEY=nvapi-… npm run dev`, copied as written.
    [{ MONAI_API_KEY: 'nvapi-…' }, /^MONAI_API_KEY is 7 characters long, shorter than any real key \(70/],
    [{ MONAI_API_KEY: `nvapi-${'x'.repeat(63)}` }, /MONAI_API_KEY is 69 characters long/],
    [{ MONAI_OWNER_SECRET: 'short' }, /MONAI_OWNER_SECRET must be at least 32 characters/],
    [{ MONAI_OWNER_SECRET: `${'x'.repeat(40)}/+` }, /MONAI_OWNER_SECRET must be/],
  ])('refuses %o in one clear line', (env, message) => {
    expect(() => readServerEnv(env)).toThrow(ServerEnvError);
    expect(() => readServerEnv(env)).toThrow(message);
    try {
      readServerEnv(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('never repeats the key in an error', () => {
    const long = `nvapi-${'SECRET'.repeat(11)}`;
    expect(() => readServerEnv({ MONAI_API_KEY: long, PORT: 'x' })).toThrow(/^(?!.*SECRET)/);
    expect(() => readServerEnv({ MONAI_API_KEY: 'nvapi-SECRETSECRET' })).toThrow(/^(?!.*SECRET)/);
  });

  it('accepts a whole key with the wrapping a paste brings, and a legacy key', () => {
    expect(readServerEnv({ MONAI_API_KEY: `"${WHOLE_KEY}"` }).apiKey).toBe(`"${WHOLE_KEY}"`);
    expect(readServerEnv({ MONAI_API_KEY: 'A'.repeat(84) }).apiKey).toBe('A'.repeat(84));
  });
});

describe('parseRateLimit', () => {
  it.each([
    ['20/60s', { max: 20, windowMs: 60_000 }],
    ['3/500ms', { max: 3, windowMs: 500 }],
    ['100 / 1h', { max: 100, windowMs: 3_600_000 }],
    ['off', null],
  ])('%s', (raw, expected) => {
    expect(parseRateLimit(raw)).toEqual(expected);
  });
});
