// Issue 11: what the proxy checks in the upstream's answers and in GET requests before passing them on. Each
// upstream here is a real HTTP server scripted by the test, since the fake API never misbehaves this way.
import { afterEach, describe, expect, it } from 'vitest';
import { REDACTED } from './key-redaction.ts';
import { PERSONAL_KEY, postJson, send, startHarness, type Harness } from './proxy-test-harness.ts';
import { startScriptedUpstream, type ScriptedAnswer, type TestServer } from './relay-test-servers.ts';

const LOGIN = '/proxy/api/v1/login';
const EXPERIMENTS = '/proxy/api/v1/orgs/iasixjqzw1hj/experiments';
let harness: Harness | undefined;
let upstream: TestServer | undefined;
afterEach(async () => {
  await harness?.close();
  await upstream?.close();
  harness = upstream = undefined;
});

async function proxyTo(script?: Parameters<typeof startScriptedUpstream>[0]): Promise<Harness> {
  upstream = await startScriptedUpstream(script);
  harness = await startHarness({ proxy: { hostUrl: upstream.url, apiKey: PERSONAL_KEY } });
  return harness;
}

const answering = (answer: Partial<ScriptedAnswer>) => (): ScriptedAnswer => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: '{}',
  ...answer,
});

describe('the server key never leaves in an answer', () => {
  it('is redacted when the upstream echoes the request body back', async () => {
    const { url, ownerCookie } = await proxyTo();
    const answer = await postJson(url, LOGIN, {}, { cookie: await ownerCookie() });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain(REDACTED);
    expect(answer.text).not.toContain(PERSONAL_KEY);
    expect(answer.text).not.toContain(PERSONAL_KEY.slice(6));
  });

  it('is redacted from the headers the proxy passes on, and from any answer', async () => {
    const { url } = await proxyTo(
      answering({
        headers: { 'content-type': `text/plain; k=${PERSONAL_KEY}`, 'retry-after': '5' },
        body: `${PERSONAL_KEY} and again ${PERSONAL_KEY}`,
      }),
    );
    const answer = await send(url, { path: EXPERIMENTS, headers: { authorization: 'Bearer x' } });
    expect(answer.text).toBe(`${REDACTED} and again ${REDACTED}`);
    expect(JSON.stringify(answer.headers)).not.toContain(PERSONAL_KEY);
  });
});

describe('GET routes take no body', () => {
  it.each(['/proxy/config', EXPERIMENTS])('%s with a body → 413, and nothing is forwarded', async (path) => {
    let calls = 0;
    const { url } = await proxyTo(() => (calls++, answering({})()));
    const framings: Record<string, string>[] = [
      { 'content-length': '1024' },
      { 'transfer-encoding': 'chunked' },
    ];
    for (const headers of framings) {
      const answer = await send(url, { path, headers, body: 'x'.repeat(1024) });
      expect(answer.status).toBe(413);
      expect((answer.json() as { proxy_error: { kind: string } }).proxy_error.kind).toBe('payload_too_large');
    }
    expect(calls).toBe(0);
  });
});

describe('upstream statuses and Retry-After', () => {
  it.each([999, 600, 700])('status %i becomes a 502 proxy error', async (status) => {
    const { url } = await proxyTo(answering({ status }));
    const answer = await send(url, { path: EXPERIMENTS, headers: { authorization: 'Bearer x' } });
    expect(answer.status).toBe(502);
    expect(answer.headers['x-notebook-proxy-error']).toBe('upstream_invalid');
    expect(answer.text).toContain(`status ${status}`);
  });

  it.each([
    ['120', '120'],
    ['Wed, 21 Oct 2026 07:28:00 GMT', 'Wed, 21 Oct 2026 07:28:00 GMT'],
    ['soon', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['120, 5', undefined],
    ['Wed, 21 Oct 2026 07:28:00 GMT<script>', undefined],
  ])('Retry-After "%s" is passed on as %s', async (given, passed) => {
    const { url } = await proxyTo(answering({ status: 429, headers: { 'retry-after': given } }));
    const answer = await send(url, { path: EXPERIMENTS, headers: { authorization: 'Bearer x' } });
    expect(answer.status).toBe(429);
    expect(answer.headers['retry-after']).toBe(passed);
  });
});
