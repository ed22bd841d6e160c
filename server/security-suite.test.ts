// Issue 11: the same security checks against every way the app is served — `npm start` (the built server),
// `npm run dev` (Vite's dev server with the proxy plugin) and `npm run preview` — each on a free port with its
// proxy pointed at the fake API. Dev and preview used to answer cross-origin reads and send no CSP.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDevServer } from './dev-test-server.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { openOwnerLink, OWNER_SECRET, PERSONAL_KEY, postJson, send } from './proxy-test-harness.ts';
import { startHeaderlessForwarder, startTcpRelay } from './relay-test-servers.ts';
import { startAppServer } from './start.ts';

const EXPERIMENTS = '/proxy/api/v1/orgs/iasixjqzw1hj/experiments';
let fake: FakeUpstream;
let workDir: string;

interface Served {
  url: string;
  close(): Promise<void>;
}
type Start = (env: Record<string, string>) => Promise<Served>;

const startBuilt: Start = async (env) => {
  const app = await startAppServer({ env, distDir: join(workDir, 'dist'), port: 0, log: () => {} });
  return { url: app.url, close: () => app.close() };
};

// Only requests here: no file watcher, HMR socket or dependency scan.
const startDev: Start = (env) => startDevServer(env, { hmr: false });

const startPreview: Start = async (env) => {
  const { notebookProxy } = await import('./vite-plugin.ts');
  const server = await preview({
    configFile: false,
    root: workDir,
    logLevel: 'silent',
    plugins: [notebookProxy({ env, log: () => {} })],
    preview: { host: '127.0.0.1', port: 0 },
    build: { outDir: join(workDir, 'dist') },
  });
  return {
    url: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
};

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'notebook-security-'));
  await mkdir(join(workDir, 'dist'), { recursive: true });
  await writeFile(join(workDir, 'dist', 'index.html'), '<!doctype html><title>built</title>');
  fake = await startFakeUpstream();
});
afterAll(async () => {
  await fake?.close();
  await rm(workDir, { recursive: true, force: true });
});

/** The bytes a server answers to raw bytes, until it closes the connection. */
function rawExchange(url: string, bytes: string): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    let text = '';
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(bytes));
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('error', () => resolve(text));
    socket.on('close', () => resolve(text));
  });
}

describe.each([
  ['npm start', startBuilt],
  ['npm run dev', startDev],
  ['npm run preview', startPreview],
] as const)('%s', (_, start) => {
  let app: Served;
  beforeAll(async () => {
    fake.setScenario('valid');
    app = await start({
      MONAI_HOST_URL: fake.url,
      MONAI_API_KEY: PERSONAL_KEY,
      MONAI_OWNER_SECRET: OWNER_SECRET,
      MONAI_LOGIN_RATE_LIMIT: 'off',
    });
  }, 30_000);
  afterAll(() => app?.close());

  const expectSecurityHeaders = (headers: Record<string, unknown>) => {
    const csp = String(headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self'( 'nonce-[\w-]+')?;/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  };

  it.each(['/', '/proxy/config', '/proxy/nothing', EXPERIMENTS, '/missing.png', `/owner?secret=x`])(
    'sends the security headers on %s, and no CORS header to another origin',
    async (path) => {
      const answer = await send(app.url, { path, headers: { origin: 'http://localhost:9999' } });
      expectSecurityHeaders(answer.headers);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    },
  );

  it('answers no CORS preflight from another origin', async () => {
    const answer = await send(app.url, {
      method: 'OPTIONS',
      path: '/proxy/config',
      headers: { origin: 'http://127.0.0.1:9999', 'access-control-request-method': 'GET' },
    });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a Host it does not know (DNS rebinding), with the security headers', async () => {
    for (const path of ['/', '/proxy/config']) {
      const answer = await send(app.url, { path, headers: { host: 'attacker.example' } });
      expect(answer.status).toBe(403);
      expectSecurityHeaders(answer.headers);
    }
  });

  it('refuses a cross-origin login', async () => {
    const answer = await postJson(app.url, '/proxy/api/v1/login', {}, { origin: 'http://localhost:9999' });
    expect(answer.status).toBe(403);
  });

  it('sends the security headers on an upstream’s HTML answer, so its script cannot run', async () => {
    fake.setScenario('html-error');
    try {
      const answer = await send(app.url, { path: EXPERIMENTS, headers: { authorization: 'Bearer x' } });
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expectSecurityHeaders(answer.headers);
    } finally {
      fake.setScenario('valid');
    }
  });

  it.each([
    ['a request Node cannot parse', 'GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nbad header\r\n\r\n', 400],
    ['headers over the limit', `GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nx: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
    ['CONNECT', 'CONNECT example.com:443 HTTP/1.1\r\nhost: example.com:443\r\n\r\n', 405],
  ])('answers %s with the security headers (or closes the connection)', async (_, bytes, status) => {
    const reply = await rawExchange(app.url, bytes);
    if (reply === '') return; // closed without an HTTP answer: allowed
    expect(reply).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
    expect(reply.toLowerCase()).toContain("content-security-policy: default-src 'self'");
    expect(reply.toLowerCase()).toContain('x-content-type-options: nosniff');
  });

  it('lends the server key to the owner’s browser only, never through a relay or forwarder', async () => {
    const { answer: opened, cookie } = await openOwnerLink(`${app.url}/owner?secret=${OWNER_SECRET}`);
    expectSecurityHeaders(opened.headers);
    expect((await postJson(app.url, '/proxy/api/v1/login', {}, { cookie })).status).toBe(201);
    for (const relay of [await startTcpRelay(app.url), await startHeaderlessForwarder(app.url)]) {
      try {
        expect((await postJson(relay.url, '/proxy/api/v1/login', {})).status).toBe(401);
      } finally {
        await relay.close();
      }
    }
  });
});
