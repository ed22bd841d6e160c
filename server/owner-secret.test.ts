// Issue 11: the server's key answers only to the browser that opened the owner link. A raw TCP relay or a
// forwarder that adds no header on this machine makes every visitor look local; neither may get the key.
import { afterEach, describe, expect, it } from 'vitest';
import { createOwnerGate } from './owner-secret.ts';
import {
  OWNER_SECRET,
  PERSONAL_KEY,
  postJson,
  send,
  startHarness,
  type Harness,
  type RawAnswer,
} from './proxy-test-harness.ts';
import { startHeaderlessForwarder, startTcpRelay, type TestServer } from './relay-test-servers.ts';

const LOGIN = '/proxy/api/v1/login';
let harness: Harness;
let relay: TestServer | undefined;
afterEach(async () => {
  await relay?.close();
  relay = undefined;
  await harness?.close();
});

const kindOf = (answer: RawAnswer) => (answer.json() as { proxy_error?: { kind: string } }).proxy_error?.kind;
const serverKeyOf = (answer: RawAnswer) =>
  (answer.json() as { serverKey: { usable: boolean; notUsableBecause?: string } }).serverKey;

async function expectKeyRefusedAt(url: string, headers: Record<string, string> = {}) {
  const config = await send(url, { path: '/proxy/config', headers });
  expect(serverKeyOf(config).usable).toBe(false);
  const login = await postJson(url, LOGIN, {}, headers);
  expect(login.status).toBe(401);
  expect(kindOf(login)).toBe('key_required');
  expect(login.text).toMatch(/paste your own key/);
  expect(harness.fake.received()).toHaveLength(0);
}

describe('the owner link', () => {
  it('sets an HttpOnly, SameSite=Strict cookie and redirects to the app without the secret', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    const answer = await send(harness.url, { path: `/owner?secret=${OWNER_SECRET}` });
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['cache-control']).toBe('no-store');
    const cookie = answer.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^notebook-owner-[\w-]+=[\w-]+; Path=\/; HttpOnly; SameSite=Strict$/);
    // The cookie is derived from the secret, not the secret itself.
    expect(cookie).not.toContain(OWNER_SECRET);
  });

  it.each([
    ['a wrong secret', 'GET', '/owner?secret=not-the-secret-0123456789abcdef0123'],
    ['no secret', 'GET', '/owner'],
    ['a POST', 'POST', `/owner?secret=${OWNER_SECRET}`],
  ])('refuses %s with a plain message and no cookie', async (_, method, path) => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    const answer = await send(harness.url, { method, path });
    expect(answer.status).toBe(403);
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.text).toMatch(/not valid for this server.*copy it from the terminal/);
  });

  it('is checked by any replica given the same secret, and by no other', () => {
    const issued = createOwnerGate(OWNER_SECRET);
    let setCookie = '';
    const res = {
      writeHead: (_status: number, headers: Record<string, string>) => (setCookie = headers['set-cookie']!),
      end: () => {},
    };
    issued.answerOwnerLink({ url: `/owner?secret=${OWNER_SECRET}`, method: 'GET' } as never, res as never);
    const request = (cookie: string) =>
      ({ headers: { cookie: `other=1; ${cookie}` }, socket: { remoteAddress: '127.0.0.1' } }) as never;
    const cookie = setCookie.split(';')[0]!;
    expect(createOwnerGate(OWNER_SECRET).isOwnerRequest(request(cookie))).toBe(true);
    expect(createOwnerGate(`${OWNER_SECRET}x`).isOwnerRequest(request(cookie))).toBe(false);
    expect(createOwnerGate(OWNER_SECRET).isOwnerRequest(request(`${cookie}x`))).toBe(false);
  });
});

describe('the server key', () => {
  it('serves the owner’s browser, straight to the server', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    const cookie = await harness.ownerCookie();
    expect(serverKeyOf(await send(harness.url, { path: '/proxy/config', headers: { cookie } }))).toEqual({
      usable: true,
      set: true,
      fingerprint: expect.any(String),
      kind: 'personal',
      problems: [],
    });
    expect((await postJson(harness.url, LOGIN, {}, { cookie })).status).toBe(201);
  });

  it('is refused to a loopback request without the owner cookie, and says why', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    await expectKeyRefusedAt(harness.url);
    const config = await send(harness.url, { path: '/proxy/config' });
    expect(serverKeyOf(config).notUsableBecause).toBe('not-owner');
  });

  it('is refused through a raw TCP relay on this machine', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    relay = await startTcpRelay(harness.url);
    await expectKeyRefusedAt(relay.url);
  });

  it('is refused through an HTTP forwarder on this machine that adds no header', async () => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    relay = await startHeaderlessForwarder(harness.url);
    await expectKeyRefusedAt(relay.url);
  });

  it.each([
    ['x-forwarded-proto', 'https'],
    ['x-forwarded-port', '443'],
    ['x-client-ip', '203.0.113.9'],
    ['fastly-client-ip', '203.0.113.9'],
    ['x-original-forwarded-for', '203.0.113.9'],
  ])('is refused to a loopback request carrying only %s', async (name, value) => {
    harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
    await expectKeyRefusedAt(harness.url, { [name]: value });
  });

  it.each(['x-forwarded-for', 'x-forwarded-proto', 'x-client-ip', 'fastly-client-ip'])(
    'is refused to the owner’s cookie when %s says the request came through a proxy',
    async (name) => {
      harness = await startHarness({ proxy: { apiKey: PERSONAL_KEY } });
      const cookie = await harness.ownerCookie();
      await expectKeyRefusedAt(harness.url, { cookie, [name]: '203.0.113.9' });
    },
  );
});
