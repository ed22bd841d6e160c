import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioName } from '../src/api/monai-behaviour.ts';
import { createProxy } from './proxy.ts';
import type { ProxyLogEntry } from './request-log.ts';
import {
  PERSONAL_KEY,
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

const login = (key: string = PERSONAL_KEY) => postJson(harness.url, LOGIN, { ngc_api_key: key });
/** The owner's browser (it opened the owner link) logs in with the server's key. */
const loginWithoutKey = async () => postJson(harness.url, LOGIN, {}, { cookie: await harness.ownerCookie() });
const verify = (token: string, path = EXPERIMENTS) =>
  send(harness.url, { path, headers: { authorization: `Bearer ${token}` } });
const tokenOf = (answer: RawAnswer) => (answer.json() as { token: string }).token;
const proxyError = (answer: RawAnswer) =>
  (answer.json() as { proxy_error: { kind: string; code?: string } }).proxy_error;

function expectProxyHeaders(answer: RawAnswer) {
  expect(answer.headers['x-notebook-proxy']).toBe('1');
  expect(answer.headers['cache-control']).toBe('no-store');
}

describe('the proxy against the fake upstream', () => {
  it('logs in with a pasted key and verifies the token', async () => {
    harness = await startHarness();
    const answer = await login();
    expect(answer.status).toBe(201);
    expectProxyHeaders(answer);
    expect(answer.headers['server-timing']).toMatch(/^upstream;dur=\d+$/);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers['x-notebook-proxy-error']).toBeUndefined();
    expect(Object.keys(answer.json() as object)).toEqual(['token', 'user_id']);
    const listed = await verify(tokenOf(answer));
    expect(listed.status).toBe(200);
    expectProxyHeaders(listed);
    expect((listed.json() as { experiments: unknown[] }).experiments.length).toBeGreaterThan(1);
    expect(harness.fake.received().at(-1)?.headers.authorization).toBe(`Bearer ${tokenOf(answer)}`);
  });

  it('sends the upstream exactly {"ngc_api_key": key}, whatever else the browser sent', async () => {
    harness = await startHarness();
    await postJson(harness.url, LOGIN, { ngc_api_key: PERSONAL_KEY, extra: 'x'.repeat(100) });
    expect(harness.fake.received()[0]?.body).toBe(JSON.stringify({ ngc_api_key: PERSONAL_KEY }));
  });

  it('forwards {} when there is no key anywhere, so the API’s own 401 explains it', async () => {
    harness = await startHarness();
    const answer = await loginWithoutKey();
    expect(answer.status).toBe(401);
    expect(answer.text).toContain('Invalid NGC_API_KEY');
    expect(harness.fake.received()[0]?.body).toBe('{}');
  });

  type Row = [
    ScenarioName,
    'login' | 'verify',
    number,
    { type?: RegExp; retryAfter?: string; proxyKind?: string; code?: string },
  ];
  it.each<Row>([
    ['expired-key', 'login', 401, { type: /application\/json/ }],
    ['wrong-org', 'verify', 403, { type: /application\/json/ }],
    ['token-expired', 'verify', 401, { type: /text\/html/ }],
    ['rate-limited', 'login', 429, { retryAfter: '30' }],
    ['server-error', 'login', 500, { type: /application\/json/ }],
    ['html-error', 'login', 502, { type: /text\/html/ }],
    ['missing-token', 'login', 201, {}],
    ['garbage-jwt', 'login', 201, {}],
    ['user-id-not-string', 'login', 201, {}],
    ['timeout', 'login', 504, { proxyKind: 'timeout' }],
    ['timeout', 'verify', 504, { proxyKind: 'timeout' }],
    ['trickle', 'login', 504, { proxyKind: 'timeout' }],
    ['reset', 'login', 502, { proxyKind: 'unreachable', code: 'ECONNRESET' }],
    ['huge-body', 'login', 502, { proxyKind: 'upstream_too_large' }],
    ['redirect', 'login', 502, { proxyKind: 'upstream_redirect' }],
  ])('%s: %s → %i, then the next request works', async (scenario, step, status, expected) => {
    // A short limit makes the timeout cases quick; the others get room, so a busy machine building the 5 MiB
    // body is not mistaken for a timeout.
    harness = await startHarness({ proxy: { timeoutMs: expected.proxyKind === 'timeout' ? 400 : 5000 } });
    const token = tokenOf(await login());
    harness.fake.setScenario(scenario);
    const answer = step === 'login' ? await login() : await verify(token);
    expect(answer.status).toBe(status);
    expectProxyHeaders(answer);
    expect(answer.headers['server-timing']).toMatch(/^upstream;dur=\d+$/);
    if (expected.type) expect(answer.headers['content-type']).toMatch(expected.type);
    expect(answer.headers['retry-after']).toBe(expected.retryAfter);
    // Only the proxy's own errors carry the error header; the upstream's statuses pass through unmarked.
    expect(answer.headers['x-notebook-proxy-error']).toBe(expected.proxyKind);
    if (expected.proxyKind) {
      const { kind, code } = proxyError(answer);
      expect({ kind, code }).toEqual({ kind: expected.proxyKind, code: expected.code });
    }
    harness.fake.setScenario('valid');
    const next = await login();
    expect(next.status).toBe(201);
    expect((await verify(tokenOf(next))).status).toBe(200);
  });

  it('passes invalid UTF-8 through byte for byte', async () => {
    harness = await startHarness({ scenario: 'invalid-utf8' });
    const answer = await login();
    expect(answer.status).toBe(201);
    expect(answer.bytes.includes(Buffer.from([0xc3, 0x28, 0xff]))).toBe(true);
  });

  it('waits for a slow upstream within the time limit', async () => {
    harness = await startHarness({ scenario: 'slow', proxy: { timeoutMs: 5000 } });
    const answer = await login();
    expect(answer.status).toBe(201);
    expect(Number(/dur=(\d+)/.exec(String(answer.headers['server-timing']))?.[1])).toBeGreaterThanOrEqual(
      2400,
    );
  }, 10_000);

  it('times out after MONAI_TIMEOUT_MS with a 504 the card can explain', async () => {
    harness = await startHarness({ scenario: 'timeout', proxy: { timeoutMs: 300 } });
    const started = performance.now();
    const answer = await login();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(answer.status).toBe(504);
    expect(answer.json()).toEqual({
      proxy_error: { kind: 'timeout', message: 'The API did not answer within 0.3 seconds.' },
    });
  });
});

describe('an unreachable upstream', () => {
  it('answers 502 unreachable with ECONNREFUSED for a closed port, and keeps answering', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const logs: ProxyLogEntry[] = [];
    const proxy = createProxy({
      hostUrl: `http://127.0.0.1:${port}`,
      apiKey: undefined,
      timeoutMs: 1000,
      loginRateLimit: null,
      log: (e) => logs.push(e),
    });
    const server = (await import('node:http')).createServer((req, res) => void proxy.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const answer = await postJson(url, LOGIN, { ngc_api_key: PERSONAL_KEY });
        expect(answer.status).toBe(502);
        expect(answer.headers['x-notebook-proxy-error']).toBe('unreachable');
        expect(proxyError(answer)).toMatchObject({ kind: 'unreachable', code: 'ECONNREFUSED' });
        expect(answer.text).toContain('refused');
      }
      expect(logs[0]).toMatchObject({
        route: 'login',
        status: 502,
        proxyError: 'unreachable',
        code: 'ECONNREFUSED',
      });
    } finally {
      await Promise.all([new Promise((resolve) => server.close(resolve)), proxy.close()]);
    }
  });
});

describe('the server key', () => {
  it('is used when the browser sends none, and never appears in an answer or a log line', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    const answer = await loginWithoutKey();
    expect(answer.status).toBe(201);
    expect(harness.fake.received()[0]?.body).toBe(JSON.stringify({ ngc_api_key: PERSONAL_KEY }));
    const config = await send(harness.url, {
      path: '/proxy/config',
      headers: { cookie: await harness.ownerCookie() },
    });
    const token = tokenOf(answer);
    await verify(token);
    for (const text of [answer.text, config.text, JSON.stringify(harness.logs)]) {
      expect(text).not.toContain(PERSONAL_KEY);
      expect(text).not.toContain(PERSONAL_KEY.slice(6, 30));
    }
    expect(JSON.stringify(harness.logs)).not.toContain(token);
  });

  it('is replaced by the key the browser sends', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    await login('nvapi-typed-by-the-user');
    expect(harness.fake.received()[0]?.body).toBe('{"ngc_api_key":"nvapi-typed-by-the-user"}');
  });

  it('shows in /proxy/config as a fingerprint with its problems, not as the key', async () => {
    harness = await startHarness({ proxy: { apiKey: `${PERSONAL_KEY}\n` } });
    const answer = await send(harness.url, {
      path: '/proxy/config',
      headers: { cookie: await harness.ownerCookie() },
    });
    expect(answer.status).toBe(200);
    expectProxyHeaders(answer);
    expect(answer.json()).toEqual({
      hostUrl: harness.fake.url,
      timeoutMs: 1000,
      serverKey: {
        set: true,
        fingerprint: 'nvapi-…-Qz? (71 characters)',
        kind: 'personal',
        problems: ['surrounding-whitespace'],
        usable: true,
      },
    });
  });

  it('is reported as not set when there is none', async () => {
    harness = await startHarness();
    const answer = await send(harness.url, { path: '/proxy/config' });
    expect((answer.json() as { serverKey: unknown }).serverKey).toEqual({ set: false });
  });
});
