import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createUpstreamClient, type UpstreamClient } from './upstream-client.ts';

let server: Server | undefined;
let client: UpstreamClient | undefined;
afterEach(async () => {
  await client?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** An upstream that sends `chunks` as a chunked body (no Content-Length), a little apart. */
async function chunkedUpstream(chunks: string[]): Promise<string> {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    let index = 0;
    const next = () => {
      if (index === chunks.length) return void res.end();
      res.write(chunks[index++], () => setTimeout(next, 5));
    };
    next();
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const get = { method: 'GET', path: '/', headers: {} } as const;

describe('the upstream client', () => {
  it('joins an answer that arrives in pieces', async () => {
    const hostUrl = await chunkedUpstream(['a'.repeat(600), 'b'.repeat(600), 'c']);
    client = createUpstreamClient({ hostUrl, timeoutMs: 2000, maxBodyBytes: 2048 });
    const result = await client.send(get);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.answer.body.toString()).toBe(`${'a'.repeat(600)}${'b'.repeat(600)}c`);
      expect(result.answer.contentType).toBe('text/plain');
    }
  });

  it('cuts off an answer without Content-Length once it passes the limit, and goes on working', async () => {
    const hostUrl = await chunkedUpstream(['a'.repeat(1500), 'b'.repeat(1500), 'c'.repeat(1500)]);
    client = createUpstreamClient({ hostUrl, timeoutMs: 2000, maxBodyBytes: 2048 });
    const result = await client.send(get);
    expect(result).toMatchObject({ ok: false, kind: 'upstream_too_large', upstreamStatus: 200 });
    expect(result.ok ? '' : result.message).toBe(
      "The API's answer was larger than 2 KiB, so the proxy cut it off.",
    );
    const small = createUpstreamClient({ hostUrl, timeoutMs: 2000 });
    expect((await small.send(get)).ok).toBe(true);
    await small.close();
  });

  it('gives up at the deadline on an answer that keeps trickling in', async () => {
    const hostUrl = await chunkedUpstream(Array.from({ length: 100 }, () => ' '));
    client = createUpstreamClient({ hostUrl, timeoutMs: 200 });
    const started = performance.now();
    const result = await client.send(get);
    expect(result).toMatchObject({
      ok: false,
      kind: 'timeout',
      message: 'The API did not answer within 0.2 seconds.',
    });
    expect(performance.now() - started).toBeLessThan(450);
  });
});
