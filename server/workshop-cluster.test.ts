// Beyond one machine: a real redis-server, two `npm start` replicas and a real nginx round-robin in front, all on
// loopback ports. Attendees spread over both replicas appear in one dashboard, the login limit is one limit,
// and stopping a replica loses no recorded progress.
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomSummary } from '../src/workshop/room-protocol.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { startBalancer } from './nginx-test-balancer.ts';
import { startRedisServer } from './redis-test-server.ts';
import { startAppServer, type AppServer } from './start.ts';

const OWNER_SECRET = randomUUID();
const owner = { 'x-test-owner': OWNER_SECRET };
const stops: (() => Promise<void>)[] = [];
let workDir: string;
let replicas: AppServer[];
let balancer: { url: string };

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'workshop-cluster-'));
  stops.push(() => rm(workDir, { recursive: true, force: true }));
  await writeFile(join(workDir, 'index.html'), '<!doctype html><title>app</title>');
  const redis = await startRedisServer();
  stops.push(redis.stop);
  const fake: FakeUpstream = await startFakeUpstream();
  stops.push(fake.close);
  const env = {
    WORKSHOP: '1',
    REDIS_URL: redis.url,
    MONAI_HOST_URL: fake.url,
    MONAI_LOGIN_RATE_LIMIT: '3/60s',
    TRUST_PROXY_HOPS: '1',
  };
  const start = () =>
    startAppServer({
      env,
      distDir: workDir,
      port: 0,
      log: () => {},
      isWorkshopOwner: (req: IncomingMessage) => req.headers['x-test-owner'] === OWNER_SECRET,
    });
  replicas = [await start(), await start()];
  for (const replica of replicas) stops.push(replica.close);
  const nginx = await startBalancer(
    workDir,
    replicas.map((replica) => replica.url),
  );
  stops.push(nginx.stop);
  balancer = nginx;
}, 30_000);

afterAll(async () => {
  // Last started, first stopped; a replica stopped by a test closes again harmlessly.
  for (const stop of stops.reverse()) await stop().catch(() => {});
});

const report = (attendee: string, results: Record<string, string>) =>
  fetch(`${balancer.url}/workshop/report`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ attendee, step: 'login', mode: 'demo', results }),
  });
const dashboard = async (base: string) =>
  (await (await fetch(`${base}/workshop/dashboard`, { headers: owner })).json()) as RoomSummary;

describe('a workshop on two replicas behind nginx, sharing Redis', { timeout: 15_000 }, () => {
  const attendees = Array.from({ length: 10 }, () => randomUUID());

  it('shows attendees from both replicas in one dashboard, live', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${balancer.url}/workshop/dashboard/events`, {
      headers: owner,
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    await Promise.all(
      attendees.map(async (attendee, index) => {
        const results = { setup: 'ok', configure: 'ok', login: index < 4 ? 'login-unauthorized' : 'ok' };
        expect((await report(attendee, results)).status).toBe(200);
      }),
    );
    const log = await readFile(join(workDir, 'upstream.log'), 'utf8');
    const ports = replicas.map((replica) => new URL(replica.url).port);
    for (const port of ports)
      expect(log).toMatch(new RegExp(`POST /workshop/report 200 127\\.0\\.0\\.1:${port}`));

    const deadline = Date.now() + 5_000; // far more than the board needs; a clear failure, not a test timeout
    while (!received.includes('"connected":10,') && Date.now() < deadline) {
      const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, deadline - Date.now()));
      received += (await Promise.race([reader.read(), timeout]))?.value ?? '';
    }
    expect(received, 'the dashboard stream never counted all 10 attendees').toContain('"connected":10,');
    expect(received).toContain('{"card":"login-unauthorized","count":4}');
    controller.abort();
    for (const replica of replicas) expect((await dashboard(replica.url)).connected).toBe(10);
  });

  it('refuses the dashboard to a browser without the owner’s secret, on either replica', async () => {
    for (const base of [balancer.url, ...replicas.map((replica) => replica.url)]) {
      expect((await fetch(`${base}/workshop/dashboard`)).status).toBe(403);
    }
  });

  it('keeps one login limit for all replicas', async () => {
    const login = () =>
      fetch(`${balancer.url}/proxy/api/v1/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ngc_api_key: `nvapi-${'a'.repeat(64)}` }),
      });
    // 3 per 60 s: round-robin sends these to both replicas; alone, each would have allowed 3.
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await login()).status);
    expect(statuses.slice(0, 3)).not.toContain(429);
    const fourth = await login();
    expect([statuses[3], fourth.status]).toEqual([429, 429]);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('loses no recorded progress when a replica stops', async () => {
    await replicas[0]!.close();
    // The room keeps taking reports through the balancer, which now reaches only the second replica.
    for (const attendee of attendees.slice(0, 4)) {
      expect((await report(attendee, { setup: 'ok', configure: 'ok', login: 'ok' })).status).toBe(200);
    }
    const board = await dashboard(balancer.url);
    expect(board.connected).toBe(10);
    expect(board.steps.find((step) => step.step === 'login')?.passed).toBe(10);
    expect(board.stuck).toEqual([]);
  });
});
