import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { createOwnerGate } from './owner-secret.ts';
import { createProxy, type Proxy } from './proxy.ts';
import {
  openOwnerLink,
  OTHER_KEY,
  OWNER_SECRET,
  PERSONAL_KEY,
  postJson,
  send,
} from './proxy-test-harness.ts';
import { createBatchedLogger, type ProxyLogEntry } from './request-log.ts';

let fake: FakeUpstream | undefined;
let proxy: Proxy | undefined;
let server: ReturnType<typeof createServer> | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await Promise.all([
    server && new Promise((resolve) => server?.close(resolve)),
    proxy?.close(),
    fake?.close(),
  ]);
});

describe('the proxy’s default log', () => {
  it('writes one JSON line per proxied request to stdout, and never a key or a token', async () => {
    const lines: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    fake = await startFakeUpstream();
    // No `log` option: the default logger is the one under test.
    proxy = createProxy({
      hostUrl: fake.url,
      apiKey: PERSONAL_KEY,
      timeoutMs: 500,
      loginRateLimit: { max: 100, windowMs: 60_000 },
      ownerSecret: OWNER_SECRET,
    });
    const activeProxy = proxy;
    const owner = createOwnerGate(OWNER_SECRET);
    server = createServer((req, res) => {
      if (!owner.answerOwnerLink(req, res)) void activeProxy.handle(req, res);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    // The owner link is opened (and holds its secret) but is no proxy route: it never reaches the log.
    const { cookie } = await openOwnerLink(`${url}/owner?secret=${OWNER_SECRET}`);
    const withServerKey = await postJson(url, '/proxy/api/v1/login', {}, { cookie });
    const token = (withServerKey.json() as { token: string }).token;
    const pasted = await postJson(url, '/proxy/api/v1/login', { ngc_api_key: OTHER_KEY });
    const pastedToken = (pasted.json() as { token: string }).token;
    await send(url, {
      path: '/proxy/api/v1/orgs/iasixjqzw1hj/experiments',
      headers: { authorization: `Bearer ${token}` },
    });
    await send(url, {
      path: '/proxy/api/v1/orgs/otherorg/experiments',
      headers: { authorization: `Bearer ${pastedToken}` },
    });
    await send(url, {
      method: 'POST',
      path: '/proxy/api/v1/login',
      headers: { 'content-type': 'application/json' },
      body: `{"ngc_api_key": "${OTHER_KEY}"`,
    });
    await send(url, { path: `/proxy/api/v1/orgs/${OTHER_KEY}x/experiments` });
    await send(url, { path: `/proxy/api/v1/login?key=${OTHER_KEY}` });
    fake.setScenario('timeout');
    await postJson(url, '/proxy/api/v1/login', { ngc_api_key: OTHER_KEY });
    write.mockRestore();

    const proxyLines = lines.filter((line) => line.includes('"route"'));
    expect(proxyLines).toHaveLength(8);
    const entries = proxyLines.map((line) => {
      expect(line.endsWith('\n')).toBe(true);
      expect(line.slice(0, -1)).not.toContain('\n');
      return JSON.parse(line) as Record<string, unknown>;
    });
    expect(entries.map((entry) => [entry.route, entry.status, entry.upstreamStatus])).toEqual([
      ['login', 201, 201],
      ['login', 201, 201],
      ['experiments', 200, 200],
      ['experiments', 403, 403],
      ['login', 400, undefined],
      ['not_found', 404, undefined],
      ['not_found', 404, undefined],
      ['login', 504, undefined],
    ]);
    for (const entry of entries)
      expect(entry).toMatchObject({ method: expect.any(String), durationMs: expect.any(Number) });
    const all = lines.join('');
    for (const secret of [
      PERSONAL_KEY,
      OTHER_KEY,
      OWNER_SECRET,
      cookie.split('=')[1] ?? 'x',
      token,
      pastedToken,
      PERSONAL_KEY.slice(6, 26),
      token.split('.')[2] ?? 'x',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe('npm start’s batched log', () => {
  const entry = (durationMs: number): ProxyLogEntry => ({
    time: '2026-01-01T00:00:00.000Z',
    route: 'experiments',
    method: 'GET',
    status: 200,
    durationMs,
    upstreamStatus: 200,
  });

  it('writes the turn’s lines together, whole and in order, once the event loop comes round', async () => {
    const writes: string[] = [];
    const { log } = createBatchedLogger((text) => writes.push(text));
    for (let i = 0; i < 3; i++) log(entry(i));
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
    const lines = writes[0]!.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => (JSON.parse(line) as ProxyLogEntry).durationMs)).toEqual([0, 1, 2]);
  });

  it('writes at once past 64 KiB, and whatever is left on flush', () => {
    const writes: string[] = [];
    const { log, flush } = createBatchedLogger((text) => writes.push(text));
    const lineLength = JSON.stringify(entry(0)).length + 1;
    const perBatch = Math.ceil((64 * 1024) / lineLength);
    for (let i = 0; i < perBatch + 1; i++) log(entry(0));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.length).toBe(perBatch * lineLength);
    flush();
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe(`${JSON.stringify(entry(0))}\n`);
    flush();
    expect(writes).toHaveLength(2);
  });
});
