// The same behaviour from both stores: the memory one, and the Redis one against a real redis-server.
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROOM_ACTIVE_MS } from '../src/workshop/room-protocol.ts';
import { startRedisServer } from './redis-test-server.ts';
import type { Report } from './workshop-events.ts';
import { createRedisRoomStore } from './workshop-redis-store.ts';
import { createMemoryRoomStore, type RoomStore } from './workshop-store.ts';

type Options = { ttlMs?: number; maxAttendees?: number };
let redisServer: Awaited<ReturnType<typeof startRedisServer>>;
const clients: Redis[] = [];
const redisClient = () => {
  const client = new Redis(redisServer.url);
  clients.push(client);
  return client;
};

beforeAll(async () => {
  redisServer = await startRedisServer();
});
afterAll(async () => {
  for (const client of clients) client.disconnect();
  await redisServer?.stop();
});

const report = (
  attendee: string,
  step: Report['step'],
  results: Report['results'],
  mode: Report['mode'] = 'demo',
): Report => ({
  attendee,
  step,
  mode,
  results,
});

describe.each([
  ['memory', (options: Options) => createMemoryRoomStore(options)],
  ['Redis', (options: Options) => createRedisRoomStore(redisClient(), options)],
] as const)('the room in %s', (_name, makeStore: (options: Options) => RoomStore) => {
  beforeEach(async () => {
    await redisClient().flushall();
  });

  it('counts who passed each step, who is where, and the cards people are stuck on', async () => {
    const store = makeStore({});
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    await store.record(
      report(a, 'login', { setup: 'ok', configure: 'ok', login: 'login-unauthorized' }, 'live'),
    );
    await store.record(report(b, 'login', { setup: 'ok', configure: 'ok', login: 'login-unauthorized' }));
    await store.record(report(c, 'configure', { setup: 'ok', configure: 'invalid-org' }));
    const summary = await store.summary();
    expect(summary.connected).toBe(3);
    expect(summary.modes).toEqual({ demo: 2, live: 1 });
    expect(summary.steps.slice(0, 3)).toEqual([
      { step: 'setup', passed: 3, current: 0 },
      { step: 'configure', passed: 2, current: 1 },
      { step: 'login', passed: 0, current: 2 },
    ]);
    expect(summary.stuck).toEqual([
      { card: 'login-unauthorized', count: 2 },
      { card: 'invalid-org', count: 1 },
    ]);
    expect(summary.seq).toBe(3);
    await store.close();
  });

  it('keeps only each attendee’s latest report, so a fixed step stops counting as stuck', async () => {
    const store = makeStore({});
    const a = randomUUID();
    await store.record(report(a, 'login', { login: 'login-unauthorized' }));
    await store.record(report(a, 'verify', { login: 'ok' }));
    const summary = await store.summary();
    expect(summary.connected).toBe(1);
    expect(summary.stuck).toEqual([]);
    expect(summary.steps.find((step) => step.step === 'login')?.passed).toBe(1);
    await store.close();
  });

  it('stops counting a silent attendee as connected, and forgets one who leaves', async () => {
    const store = makeStore({});
    const [a, b] = [randomUUID(), randomUUID()];
    const now = Date.now();
    await store.record(report(a, 'setup', { setup: 'timeout' }), now - ROOM_ACTIVE_MS - 1_000);
    await store.record(report(b, 'setup', { setup: 'ok' }), now);
    expect((await store.summary(now)).connected).toBe(1);
    await store.remove(b);
    expect((await store.summary(now)).connected).toBe(0);
    await store.close();
  });

  it('lets records expire on their own', async () => {
    const store = makeStore({ ttlMs: 300 });
    await store.record(report(randomUUID(), 'setup', { setup: 'ok' }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await store.summary()).steps[0]?.passed).toBe(0);
    // In Redis the keys themselves are gone, not only filtered out.
    expect(await redisClient().dbsize()).toBe(0);
    await store.close();
  });

  it('refuses new attendees past the cap, but not those already in', async () => {
    const store = makeStore({ maxAttendees: 2 });
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    expect((await store.record(report(a, 'setup', {}))).ok).toBe(true);
    expect((await store.record(report(b, 'setup', {}))).ok).toBe(true);
    expect(await store.record(report(c, 'setup', {}))).toEqual({ ok: false, reason: 'room_full' });
    expect((await store.record(report(a, 'configure', { setup: 'ok' }))).ok).toBe(true);
    await store.close();
  });

  it('tells watchers about changes', async () => {
    const store = makeStore({});
    const changed = new Promise<void>((resolve) => store.onChange(resolve));
    await new Promise((resolve) => setTimeout(resolve, 100)); // Redis: the subscription is in place
    await store.record(report(randomUUID(), 'setup', { setup: 'ok' }));
    await expect(changed).resolves.toBeUndefined();
    await store.close();
  });
});

describe('the room in Redis, shared', () => {
  it('is one room for two replicas, and each hears the other’s changes', async () => {
    const [one, two] = [createRedisRoomStore(redisClient()), createRedisRoomStore(redisClient())];
    const heard = new Promise<void>((resolve) => two.onChange(resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await one.record(report(randomUUID(), 'verify', { verify: 'ok' }));
    await heard;
    expect((await two.summary()).steps.at(-1)).toEqual({ step: 'verify', passed: 1, current: 1 });
    await Promise.all([one.close(), two.close()]);
  });
});
