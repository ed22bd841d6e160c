// The browser's room client (src/workshop/room-client.ts) against the real room routes, as the UI will use it.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRoomAttendee, watchDashboard, type DashboardStatus } from '../src/workshop/room-client.ts';
import { fetchRoomInfo } from '../src/workshop/room-info.ts';
import type { RoomSummary } from '../src/workshop/room-protocol.ts';
import { createRateLimiter } from './rate-limit.ts';
import { createWorkshopRoom } from './workshop-room.ts';
import { createMemoryRoomStore } from './workshop-store.ts';
import type { RoomCardId, StepId } from './workshop-ids.ts';

const SECRET = randomUUID();
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function startRoom(enabled = true) {
  const room = createWorkshopRoom({
    enabled,
    store: createMemoryRoomStore(),
    isOwner: (req: IncomingMessage) => req.headers['x-test-owner'] === SECRET,
    attendeeLimiter: createRateLimiter({ max: 3, windowMs: 60_000 }),
    addressLimiter: createRateLimiter({ max: 1_000, windowMs: 60_000 }),
  });
  const server = createServer((req, res) => {
    // Like npm start: anything the room does not answer gets the app's index.html.
    void room
      .handle(req, res)
      .then(
        (handled) => handled || res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html>'),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(async () => {
    await room.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const asOwner: typeof fetch = (input, init) =>
  fetch(input, {
    ...init,
    headers: { ...(init?.headers as Record<string, string>), 'x-test-owner': SECRET },
  });

describe('the room client', () => {
  it('finds no workshop when the server runs none', async () => {
    const baseUrl = await startRoom(false);
    expect(await fetchRoomInfo({ baseUrl })).toBeNull();
    const attendee = createRoomAttendee<StepId, RoomCardId>({ baseUrl });
    expect(await attendee.report({ step: 'setup', mode: 'demo', results: {} })).toEqual({
      ok: false,
      reason: 'no_workshop',
    });
  });

  it('joins, reports, and shows up on the owner’s live dashboard; a stranger is refused', async () => {
    const baseUrl = await startRoom();
    expect(await fetchRoomInfo({ baseUrl })).toEqual({ workshop: true, heartbeatMs: 30_000 });

    const statuses: DashboardStatus[] = [];
    const refused = new Promise<void>((resolve) =>
      watchDashboard(
        () => {},
        (status) => status === 'refused' && resolve(),
        { baseUrl },
      ),
    );
    await refused;

    const boards: RoomSummary[] = [];
    const stop = watchDashboard(
      (summary) => boards.push(summary),
      (status) => statuses.push(status),
      {
        baseUrl,
        fetch: asOwner,
      },
    );
    const attendee = createRoomAttendee<StepId, RoomCardId>({ baseUrl });
    expect(attendee.id).toMatch(/^[0-9a-f-]{36}$/);
    const sent = await attendee.report({
      step: 'login',
      mode: 'live',
      results: { setup: 'ok', login: 'timeout' },
    });
    expect(sent).toEqual({ ok: true, seq: 1 });
    await expect
      .poll(() => boards.at(-1)?.stuck, { timeout: 2_000 })
      .toEqual([{ card: 'timeout', count: 1 }]);
    expect(statuses).toEqual(['connecting', 'live']);

    await attendee.leave();
    await expect.poll(() => boards.at(-1)?.connected, { timeout: 2_000 }).toBe(0);
    stop();
  });

  it('says when to try again after reporting too often', async () => {
    const baseUrl = await startRoom();
    const attendee = createRoomAttendee<StepId, RoomCardId>({ baseUrl });
    const state = { step: 'setup', mode: 'demo', results: {} } as const;
    for (let i = 0; i < 3; i++) expect((await attendee.report(state)).ok).toBe(true);
    const fourth = await attendee.report(state);
    expect(fourth).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(fourth.ok === false && fourth.retryAfterMs).toBeGreaterThan(0);
  });
});
