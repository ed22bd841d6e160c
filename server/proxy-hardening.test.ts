// Issue 3: the proxy is not an open door. Each test counts what reached the fake upstream to prove a refusal
// happened before anything was forwarded.
import { afterEach, describe, expect, it } from 'vitest';
import {
  OTHER_KEY,
  PERSONAL_KEY,
  nonLoopbackAddress,
  postJson,
  send,
  startHarness,
  type Harness,
  type RawAnswer,
} from './proxy-test-harness.ts';

const LOGIN = '/proxy/api/v1/login';
const EXPERIMENTS = '/proxy/api/v1/orgs/iasixjqzw1hj/experiments';
let harness: Harness;
afterEach(() => harness?.close());

const kindOf = (answer: RawAnswer) => (answer.json() as { proxy_error?: { kind: string } }).proxy_error?.kind;
const upstreamCount = () => harness.fake.received().length;

describe('only allowlisted calls reach the upstream', () => {
  it.each([
    ['POST', '/proxy/api/v1/loginX'],
    ['POST', '/proxy/api/v1/loginX/secret'],
    ['POST', '/proxy/api/v1/login?next=http://evil.example'],
    ['POST', '/proxy/api/v1/../v1/login'],
    ['POST', '/proxy/api/v1/%2e%2e/v1/login'],
    ['POST', '/proxy//api/v1/login'],
    ['POST', '/proxy/api/v1%2Flogin'],
    ['GET', '/proxy/api/v1/orgs/a%2Fb/experiments'],
    ['GET', '/proxy/api/v1/orgs/a/../../login/experiments'],
    ['GET', '/proxy/api/v1/orgs/a?b/experiments'],
    ['GET', '/proxy/api/v1/orgs/a#b/experiments'],
    ['GET', '/proxy/api/v1/orgs/user@evil.example/experiments'],
    ['GET', '/proxy/api/v1/orgs/a%40evil.example/experiments'],
    ['GET', `/proxy/api/v1/orgs/${'o'.repeat(65)}/experiments`],
    ['GET', '/proxy/api/v1/orgs/iasixjqzw1hj/datasets'],
    ['GET', '/proxy/api/v1/orgs/iasixjqzw1hj/experiments?x=1'],
    ['GET', '/proxy/anything'],
  ])('%s %s → 404 without touching the upstream', async (method, path) => {
    harness = await startHarness();
    const answer = await send(harness.url, {
      method,
      path,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ ngc_api_key: PERSONAL_KEY }) : undefined,
    });
    expect(answer.status).toBe(404);
    expect(kindOf(answer)).toBe('not_found');
    expect(answer.headers['x-notebook-proxy']).toBe('1');
    expect(upstreamCount()).toBe(0);
  });

  it.each(['http://169.254.169.254/latest/meta-data/', 'http://127.0.0.1/proxy/api/v1/login'])(
    'refuses an absolute-form request line (%s) as a forward-proxy request',
    async (target) => {
      harness = await startHarness();
      const answer = await postJson(harness.url, target, { ngc_api_key: PERSONAL_KEY });
      expect(answer.status).toBe(400);
      expect(kindOf(answer)).toBe('bad_request');
      expect(upstreamCount()).toBe(0);
    },
  );

  it('refuses a Host header naming a host it does not know (DNS rebinding), before using any key', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    for (const path of [LOGIN, '/proxy/config']) {
      const answer = await send(harness.url, {
        method: path === LOGIN ? 'POST' : 'GET',
        path,
        headers: { host: 'attacker.example:4173', 'content-type': 'application/json' },
        body: path === LOGIN ? '{}' : undefined,
      });
      expect(answer.status).toBe(403);
      expect(kindOf(answer)).toBe('forbidden_origin');
    }
    expect(upstreamCount()).toBe(0);
  });

  it('always calls the configured upstream whatever Host, X-Forwarded-Host or Forwarded say', async () => {
    harness = await startHarness();
    const answer = await postJson(
      harness.url,
      LOGIN,
      { ngc_api_key: PERSONAL_KEY },
      {
        host: '169.254.169.254',
        'x-forwarded-host': 'evil.example',
        forwarded: 'host=evil.example;proto=http',
      },
    );
    expect(answer.status).toBe(201);
    expect(upstreamCount()).toBe(1);
    expect(harness.fake.received()[0]?.headers.host).toBe(new URL(harness.fake.url).host);
  });
});

describe('headers are rebuilt from scratch', () => {
  const hostile = {
    cookie: 'session=abc',
    authorization: 'Bearer browser-token',
    'x-forwarded-for': '10.0.0.99',
    'x-forwarded-host': 'evil.example',
    'x-forwarded-proto': 'https',
    'x-real-ip': '10.0.0.98',
    forwarded: 'for=10.0.0.97',
    'user-agent': 'Mozilla/5.0 browser',
    'accept-language': 'en',
    'x-custom': 'anything',
  };

  it('login sends only accept, content-type, content-length, user-agent and host', async () => {
    harness = await startHarness();
    const answer = await postJson(
      harness.url,
      LOGIN,
      { ngc_api_key: PERSONAL_KEY },
      { ...hostile, origin: harness.url },
    );
    expect(answer.status).toBe(201);
    const sent = harness.fake.received()[0]?.headers ?? {};
    expect(Object.keys(sent).sort()).toEqual([
      'accept',
      'connection',
      'content-length',
      'content-type',
      'host',
      'user-agent',
    ]);
    expect(sent['user-agent']).toBe('credentials-notebook-proxy');
  });

  it('experiments forwards the browser’s Authorization and nothing else of the browser’s', async () => {
    harness = await startHarness();
    const token = (
      (await postJson(harness.url, LOGIN, { ngc_api_key: PERSONAL_KEY })).json() as { token: string }
    ).token;
    const answer = await send(harness.url, {
      path: EXPERIMENTS,
      headers: { ...hostile, authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(200);
    const sent = harness.fake.received()[1]?.headers ?? {};
    expect(Object.keys(sent).sort()).toEqual(['accept', 'authorization', 'connection', 'host', 'user-agent']);
    expect(sent.authorization).toBe(`Bearer ${token}`);
  });

  it('drops the upstream’s Set-Cookie and X-Powered-By', async () => {
    harness = await startHarness();
    const answer = await postJson(harness.url, LOGIN, { ngc_api_key: PERSONAL_KEY });
    expect(answer.status).toBe(201);
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.headers['x-powered-by']).toBeUndefined();
  });
});

describe('request bodies, content types and methods', () => {
  it.each([
    ['just over 16 KiB with Content-Length', 16 * 1024 + 1, false],
    ['1 MiB with Content-Length', 1024 * 1024, false],
    ['just over 16 KiB, chunked', 16 * 1024 + 1, true],
  ])('refuses a body %s with 413', async (_name, size, chunked) => {
    harness = await startHarness();
    const body = JSON.stringify({ ngc_api_key: 'k'.repeat(size) });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (chunked) headers['transfer-encoding'] = 'chunked';
    const answer = await send(harness.url, { method: 'POST', path: LOGIN, headers, body });
    expect(answer.status).toBe(413);
    expect(kindOf(answer)).toBe('payload_too_large');
    expect(upstreamCount()).toBe(0);
  });

  it('accepts a body of exactly 16 KiB', async () => {
    harness = await startHarness();
    const padding = 16 * 1024 - JSON.stringify({ ngc_api_key: '' }).length;
    const answer = await postJson(harness.url, LOGIN, { ngc_api_key: 'k'.repeat(padding) });
    expect(answer.status).toBe(400); // the API's own "Longer than maximum length 1000"
    expect(upstreamCount()).toBe(1);
  });

  it.each([
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonx',
  ])('refuses Content-Type %s with 415', async (type) => {
    harness = await startHarness();
    const answer = await send(harness.url, {
      method: 'POST',
      path: LOGIN,
      headers: { 'content-type': type },
      body: JSON.stringify({ ngc_api_key: PERSONAL_KEY }),
    });
    expect(answer.status).toBe(415);
    expect(kindOf(answer)).toBe('unsupported_media_type');
    expect(upstreamCount()).toBe(0);
  });

  it('accepts a JSON body sent with no Content-Type, as Python requests sends `data=json.dumps(…)`', async () => {
    harness = await startHarness();
    const answer = await send(harness.url, {
      method: 'POST',
      path: LOGIN,
      body: JSON.stringify({ ngc_api_key: PERSONAL_KEY }),
    });
    expect(answer.status).toBe(201);
    expect(harness.fake.received().at(-1)?.headers['content-type']).toBe('application/json');
  });

  it('accepts application/json with a charset', async () => {
    harness = await startHarness();
    const answer = await send(harness.url, {
      method: 'POST',
      path: LOGIN,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ ngc_api_key: PERSONAL_KEY }),
    });
    expect(answer.status).toBe(201);
  });

  it.each([
    ['not JSON', '{"ngc_api_key":', 'bad_request'],
    ['a JSON array', '[]', 'bad_request'],
    ['a numeric key', '{"ngc_api_key":5}', 'bad_request'],
  ])('refuses %s with 400 and does not echo it', async (_name, body, kind) => {
    harness = await startHarness();
    const answer = await send(harness.url, {
      method: 'POST',
      path: LOGIN,
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(answer.status).toBe(400);
    expect(kindOf(answer)).toBe(kind);
    expect(answer.text).not.toContain(body);
    expect(upstreamCount()).toBe(0);
  });

  it.each([
    ['GET', LOGIN, 'POST'],
    ['PUT', LOGIN, 'POST'],
    ['DELETE', LOGIN, 'POST'],
    ['OPTIONS', LOGIN, 'POST'],
    ['POST', EXPERIMENTS, 'GET'],
    ['DELETE', EXPERIMENTS, 'GET'],
    ['HEAD', EXPERIMENTS, 'GET'],
    ['POST', '/proxy/config', 'GET'],
  ])('%s %s → 405 Allow: %s', async (method, path, allow) => {
    harness = await startHarness();
    const answer = await send(harness.url, { method, path });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe(allow);
    expect(upstreamCount()).toBe(0);
  });
});

describe('the origin check on login', () => {
  it.each<[string, Record<string, string>, number]>([
    ['another origin', { origin: 'http://evil.example' }, 403],
    ['a look-alike origin', { origin: 'http://127.0.0.1.evil.example' }, 403],
    ['the null origin', { origin: 'null' }, 403],
    ['a cross-site fetch', { 'sec-fetch-site': 'cross-site' }, 403],
    ['a same-site fetch from another port', { 'sec-fetch-site': 'same-site' }, 403],
    ['no Origin (curl, scripts)', {}, 201],
    ['a same-origin fetch', { 'sec-fetch-site': 'same-origin' }, 201],
  ])('%s → %i', async (_name, headers, status) => {
    harness = await startHarness();
    const sameOrigin = headers.origin === undefined && headers['sec-fetch-site'] === 'same-origin';
    const extra = sameOrigin ? { ...headers, origin: harness.url } : headers;
    const answer = await postJson(harness.url, LOGIN, { ngc_api_key: PERSONAL_KEY }, extra);
    expect(answer.status).toBe(status);
    if (status === 403) {
      expect(kindOf(answer)).toBe('forbidden_origin');
      expect(upstreamCount()).toBe(0);
    }
  });
});

describe('the login rate limit', () => {
  it('answers 429 with Retry-After once an address has used its logins, without calling the upstream', async () => {
    harness = await startHarness({ proxy: { loginRateLimit: { max: 3, windowMs: 60_000 } } });
    for (let i = 0; i < 3; i++)
      expect((await postJson(harness.url, LOGIN, { ngc_api_key: PERSONAL_KEY })).status).toBe(201);
    const answer = await postJson(
      harness.url,
      LOGIN,
      { ngc_api_key: PERSONAL_KEY },
      { 'x-forwarded-for': '10.1.2.3' },
    );
    expect(answer.status).toBe(429);
    expect(kindOf(answer)).toBe('rate_limited');
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(answer.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(upstreamCount()).toBe(3);
    // Verifying is not limited.
    expect((await send(harness.url, { path: EXPERIMENTS })).status).toBe(401);
  });
});

/** The config says the server key is not for this request, and a keyless login is refused before the API. */
async function expectServerKeyRefused(headers: Record<string, string>): Promise<void> {
  const config = await send(harness.url, { path: '/proxy/config', headers });
  expect((config.json() as { serverKey: { usable: boolean } }).serverKey.usable).toBe(false);
  const answer = await postJson(harness.url, LOGIN, {}, headers);
  expect(answer.status).toBe(401);
  expect(kindOf(answer)).toBe('key_required');
  expect(upstreamCount()).toBe(0);
}

describe('behind a reverse proxy', () => {
  it('keys the login rate limit on X-Forwarded-For when TRUST_PROXY_HOPS says a balancer writes it', async () => {
    harness = await startHarness({
      proxy: { loginRateLimit: { max: 2, windowMs: 60_000 }, trustProxyHops: 1 },
    });
    const from = (forwardedFor: string) =>
      postJson(harness.url, LOGIN, { ngc_api_key: PERSONAL_KEY }, { 'x-forwarded-for': forwardedFor });
    expect((await from('198.51.100.1')).status).toBe(201);
    expect((await from('198.51.100.1')).status).toBe(201);
    expect((await from('198.51.100.1')).status).toBe(429);
    // A client cannot get a fresh allowance by writing its own entry in front of the balancer's.
    expect((await from('10.9.9.9, 198.51.100.1')).status).toBe(429);
    // Everyone behind the balancer no longer shares one allowance.
    expect((await from('198.51.100.2')).status).toBe(201);
    expect(upstreamCount()).toBe(3);
  });

  it('does not lend the server key to visitors a proxy on this machine forwards', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    await expectServerKeyRefused({ 'x-forwarded-for': '203.0.113.9', via: '1.1 nginx' });
    // The owner's browser, straight to the server, may use it.
    expect((await postJson(harness.url, LOGIN, {}, { cookie: await harness.ownerCookie() })).status).toBe(
      201,
    );
  });
});

const otherMachine = nonLoopbackAddress();
describe.skipIf(!otherMachine)('the server key and other machines', () => {
  it('is not usable from another machine, even with a spoofed X-Forwarded-For', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY }, listenHost: otherMachine });
    await expectServerKeyRefused({
      'x-forwarded-for': '127.0.0.1',
      'x-real-ip': '127.0.0.1',
      forwarded: 'for=127.0.0.1',
    });
  });

  it('lets another machine log in with its own key', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY }, listenHost: otherMachine });
    const answer = await postJson(harness.url, LOGIN, { ngc_api_key: OTHER_KEY });
    expect(answer.status).toBe(201);
    expect(harness.fake.received()[0]?.body).toBe(JSON.stringify({ ngc_api_key: OTHER_KEY }));
  });
});
