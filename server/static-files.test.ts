// npm start's static files as a browser gets them: compressed by Accept-Encoding, revalidated with 304s,
// cached for a year only when hashed, and never a file outside dist/ whatever the encoding asked for.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from '../scripts/vite-plugin-precompress.ts';
import { send } from './proxy-test-harness.ts';
import { securityHeaders } from './security-headers.ts';
import { startAppServer, type AppServer } from './start.ts';

const SCRIPT = `export const words = ${JSON.stringify('the notebook runs its cells '.repeat(200))};\n`;
const INDEX = `<!doctype html><html><head><title>${'Notebook '.repeat(50)}</title></head></html>`;
const WORKER = `self.addEventListener('fetch', () => {}); // ${'worker '.repeat(100)}`;
const BROWSER = 'gzip, deflate, br, zstd';
let workDir: string;
let app: AppServer;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'notebook-static-'));
  const dist = join(workDir, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'assets', 'app-abc123.js'), SCRIPT);
  await writeFile(join(dist, 'mockServiceWorker.js'), WORKER);
  await writeFile(join(workDir, 'outside-secret.txt'), `TOP-SECRET ${'outside '.repeat(100)}`);
  await precompressDirectory(workDir);
  app = await startAppServer({ env: {}, distDir: dist, port: 0, log: () => {} });
});
afterAll(async () => {
  await app?.close();
  await rm(workDir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  send(app.url, { path, headers: { ...headers } });

describe('compression by Accept-Encoding', () => {
  it.each([
    [BROWSER, 'br', (bytes: Buffer) => brotliDecompressSync(bytes)],
    ['gzip, deflate', 'gzip', (bytes: Buffer) => gunzipSync(bytes)],
    ['', undefined, (bytes: Buffer) => bytes],
    ['identity', undefined, (bytes: Buffer) => bytes],
  ])('Accept-Encoding "%s" gets %s', async (accept, encoding, decode) => {
    const answer = await get('/assets/app-abc123.js', accept ? { 'accept-encoding': accept } : {});
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.bytes.length);
    expect(decode(answer.bytes).toString('utf8')).toBe(SCRIPT);
    if (encoding) expect(answer.bytes.length).toBeLessThan(SCRIPT.length / 5);
  });

  it('compresses index.html, also for an app route', async () => {
    const answer = await get('/notebook/step-2', { 'accept-encoding': BROWSER });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brotliDecompressSync(answer.bytes).toString('utf8')).toBe(INDEX);
  });

  it('never sends an encoding the browser refused with q=0', async () => {
    const answer = await get('/assets/app-abc123.js', { 'accept-encoding': 'br;q=0, gzip' });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.bytes).toString('utf8')).toBe(SCRIPT);
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await send(app.url, {
      method: 'HEAD',
      path: '/assets/app-abc123.js',
      headers: { 'accept-encoding': BROWSER },
    });
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.bytes.length).toBe(0);
  });
});

describe('caching', () => {
  it.each([
    ['/assets/app-abc123.js', 'public, max-age=31536000, immutable'],
    ['/', 'no-cache'],
    ['/mockServiceWorker.js', 'no-cache'],
    // No extension: an app route, so index.html, even under /assets/.
    ['/assets/not-a-file', 'no-cache'],
  ])('%s is cached as "%s"', async (path, cacheControl) => {
    expect((await get(path, { 'accept-encoding': BROWSER })).headers['cache-control']).toBe(cacheControl);
  });

  it.each(['/', '/mockServiceWorker.js', '/assets/app-abc123.js'])(
    'a repeat request for %s with its ETag gets 304, no body, and the security headers',
    async (path) => {
      const first = await get(path, { 'accept-encoding': BROWSER });
      const etag = first.headers['etag'];
      expect(etag).toMatch(/^(W\/)?"/);
      const again = await get(path, { 'accept-encoding': BROWSER, 'if-none-match': etag! });
      expect(again.status).toBe(304);
      expect(again.bytes.length).toBe(0);
      expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
      expect(again.headers['vary']).toBe('Accept-Encoding');
      for (const [name, value] of Object.entries(securityHeaders)) expect(again.headers[name]).toBe(value);
    },
  );

  it('gives each encoding its own ETag, so a cache never answers br bytes to a gzip request', async () => {
    const br = await get('/', { 'accept-encoding': BROWSER });
    const gzip = await get('/', { 'accept-encoding': 'gzip' });
    expect(br.headers['etag']).not.toBe(gzip.headers['etag']);
    const stale = await get('/', { 'accept-encoding': 'gzip', 'if-none-match': br.headers['etag']! });
    expect(stale.status).toBe(200);
    expect(gunzipSync(stale.bytes).toString('utf8')).toBe(INDEX);
  });

  it('sends the whole file for an ETag that no longer matches', async () => {
    const answer = await get('/', { 'accept-encoding': BROWSER, 'if-none-match': 'W/"1-1"' });
    expect(answer.status).toBe(200);
    expect(brotliDecompressSync(answer.bytes).toString('utf8')).toBe(INDEX);
  });
});

describe('nothing outside dist/', () => {
  it.each([
    '/../outside-secret.txt',
    '/%2e%2e/outside-secret.txt',
    '/assets/..%2f..%2foutside-secret.txt',
    '/assets/%2e%2e/%2e%2e/outside-secret.txt',
    '/..%5coutside-secret.txt',
    '//outside-secret.txt',
    '/../outside-secret.txt.br',
    '/%2e%2e/outside-secret.txt.gz',
  ])('%s, with every encoding accepted', async (path) => {
    for (const accept of [BROWSER, 'gzip', '']) {
      const answer = await get(path, accept ? { 'accept-encoding': accept } : {});
      expect([200, 400, 404]).toContain(answer.status);
      const text =
        answer.headers['content-encoding'] === 'br'
          ? brotliDecompressSync(answer.bytes).toString('utf8')
          : answer.headers['content-encoding'] === 'gzip'
            ? gunzipSync(answer.bytes).toString('utf8')
            : answer.text;
      expect(text).not.toContain('TOP-SECRET');
    }
  });
});
