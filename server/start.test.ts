import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { openOwnerLink, send, PERSONAL_KEY } from './proxy-test-harness.ts';
import { securityHeaders } from './security-headers.ts';
import { describeStartup, MissingBuildError, startAppServer, type AppServer } from './start.ts';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head></html>';
let workDir: string;
let fake: FakeUpstream;
let app: AppServer;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'notebook-start-'));
  await mkdir(join(workDir, 'dist', 'assets'), { recursive: true });
  await writeFile(join(workDir, 'dist', 'index.html'), INDEX);
  await writeFile(join(workDir, 'dist', 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(workDir, 'dist', 'favicon.svg'), '<svg/>');
  await writeFile(join(workDir, 'outside-secret.txt'), 'TOP-SECRET-OUTSIDE-DIST');
  fake = await startFakeUpstream();
  app = await startAppServer({
    env: { MONAI_HOST_URL: fake.url, MONAI_API_KEY: PERSONAL_KEY },
    distDir: join(workDir, 'dist'),
    port: 0,
    log: () => {},
  });
});
afterAll(async () => {
  await app?.close();
  await fake?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe('startAppServer', () => {
  it.each([
    ['/', 200, 'text/html; charset=utf-8', 'no-cache', INDEX],
    ['/notebook/step-2', 200, 'text/html; charset=utf-8', 'no-cache', INDEX],
    [
      '/assets/index-abc123.js',
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
      'console.log(1)',
    ],
    ['/favicon.svg', 200, 'image/svg+xml', 'no-cache', '<svg/>'],
    ['/favicon.svg?v=2', 200, 'image/svg+xml', 'no-cache', '<svg/>'],
    ['/assets/missing.js', 404, 'text/plain; charset=utf-8', undefined, 'Not found.\n'],
  ])('GET %s → %i %s', async (path, status, type, cache, body) => {
    const answer = await send(app.url, { path });
    expect(answer.status).toBe(status);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.headers['cache-control']).toBe(cache);
    expect(answer.text).toBe(body);
  });

  it.each([
    '/../outside-secret.txt',
    '/%2e%2e/outside-secret.txt',
    '/assets/..%2f..%2foutside-secret.txt',
    '/..%5c..%5coutside-secret.txt',
    '//outside-secret.txt',
    '/assets/%2e%2e/%2e%2e/outside-secret.txt',
  ])('never serves a file outside dist/: %s', async (path) => {
    const answer = await send(app.url, { path });
    expect(answer.text).not.toContain('TOP-SECRET');
    expect([200, 400, 404]).toContain(answer.status);
  });

  it.each([
    '/',
    '/assets/index-abc123.js',
    '/proxy/config',
    '/proxy/nothing',
    '/proxy/api/v1/orgs/iasixjqzw1hj/experiments',
    '/missing.png',
  ])('sends the security headers on %s', async (path) => {
    const answer = await send(app.url, { path });
    expect(answer.headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(answer.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(answer.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    // Each exactly once: a header sent twice would arrive joined with a comma.
    for (const [name, value] of Object.entries(securityHeaders)) expect(answer.headers[name]).toBe(value);
    if (path.startsWith('/proxy/')) expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('serves the proxy on the same origin', async () => {
    const answer = await send(app.url, { path: '/proxy/config' });
    expect(answer.status).toBe(200);
    expect(answer.headers['x-notebook-proxy']).toBe('1');
    expect(answer.text).not.toContain(PERSONAL_KEY);
  });

  it('refuses other methods on static files', async () => {
    expect((await send(app.url, { method: 'POST', path: '/' })).status).toBe(405);
  });

  it('refuses CONNECT without reaching the upstream', async () => {
    const before = fake.received().length;
    const { port } = new URL(app.url);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`CONNECT ${new URL(fake.url).host} HTTP/1.1\r\nhost: ${new URL(fake.url).host}\r\n\r\n`);
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('close', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 405/);
    expect(fake.received().length).toBe(before);
  });

  it('says where it runs, which API, the mode, only the key fingerprint, and the owner link', () => {
    const lines = describeStartup(app);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(app.url);
    expect(lines[0]).toContain(fake.url);
    expect(lines[0]).toContain('starts in live mode');
    expect(lines[0]).toContain('server key: nvapi-…x-Qz (70 characters)');
    expect(lines.join('\n')).not.toContain(PERSONAL_KEY.slice(6, 20));
    expect(app.ownerUrl).toMatch(new RegExp(`^${app.url}/owner\\?secret=[A-Za-z0-9_-]{43}$`));
    expect(lines[1]).toBe(
      `To use the server key, open this link in your browser (it holds a secret: do not share it): ${app.ownerUrl}`,
    );
  });

  it('warns when HOST exposes the app to the network', () => {
    const lines = describeStartup({ ...app, env: { ...app.env, host: '0.0.0.0' } });
    expect(lines[2]).toMatch(/reachable from other machines.*paste their own key/);
  });

  it('says how the client address is read when it trusts proxies in front of it', () => {
    const lines = describeStartup({ ...app, env: { ...app.env, trustProxyHops: 1 } });
    expect(lines[2]).toMatch(/^Behind 1 proxy hop\(s\): .*X-Forwarded-For.*never use the server key/);
  });

  it('says where the workshop room lives, without the Redis password', () => {
    const redisUrl = 'redis://:RedisPassw0rd@cache.internal:6380/1';
    const lines = describeStartup({ ...app, env: { ...app.env, workshop: true, redisUrl } });
    expect(lines).toContainEqual(
      expect.stringMatching(/^Workshop room open: .*Redis \(cache\.internal:6380\)/),
    );
    expect(lines.join('\n')).not.toContain('RedisPassw0rd');
  });

  it('shows the workshop dashboard only to the browser that opened the owner link', async () => {
    const room = await startAppServer({
      distDir: join(workDir, 'dist'),
      port: 0,
      env: { WORKSHOP: '1' },
      log: () => {},
    });
    try {
      expect((await fetch(`${room.url}/workshop/dashboard`)).status).toBe(403);
      const { cookie } = await openOwnerLink(room.ownerUrl!);
      expect((await fetch(`${room.url}/workshop/dashboard`, { headers: { cookie } })).status).toBe(200);
    } finally {
      await room.close();
    }
  });

  it('stops in one line when REDIS_URL is unreachable', async () => {
    const env = { REDIS_URL: 'redis://:RedisPassw0rd@127.0.0.1:1' };
    const starting = startAppServer({ distDir: join(workDir, 'dist'), port: 0, env, log: () => {} });
    await expect(starting).rejects.toThrow(
      /^Cannot reach Redis at 127\.0\.0\.1:1 \(REDIS_URL\): is it running\?$/,
    );
  });

  it('says in one line when the port is taken', async () => {
    const port = Number(new URL(app.url).port);
    await expect(startAppServer({ distDir: join(workDir, 'dist'), port, env: {} })).rejects.toThrow(
      new RegExp(`^Port ${port} on 127.0.0.1 is in use: set PORT to another port.$`),
    );
  });

  it('asks for a build when dist/ is missing', async () => {
    await expect(startAppServer({ distDir: join(workDir, 'nowhere'), port: 0 })).rejects.toThrow(
      MissingBuildError,
    );
    await expect(startAppServer({ distDir: join(workDir, 'nowhere'), port: 0 })).rejects.toThrow(
      /run `npm run build` first/,
    );
  });
});
