// The room's routes in a bare node:http server, with an owner check of the test's own (a secret header).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomSummary } from '../src/workshop/room-protocol.ts';
import { createRateLimiter } from './rate-limit.ts';
import { createWorkshopRoom } from './workshop-room.ts';
import { createMemoryRoomStore } from './workshop-store.ts';

const OWNER_SECRET = randomUUID();
const isOwner = (req: IncomingMessage) => req.headers['x-test-owner'] === OWNER_SECRET;
const owner = { 'x-test-owner': OWNER_SECRET };
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

async function startRoom(options: { enabled?: boolean; perAttendee?: number } = {}) {
  const room = createWorkshopRoom({
    enabled: options.enabled ?? true,
    store: createMemoryRoomStore(),
    isOwner,
    attendeeLimiter: createRateLimiter({ max: options.perAttendee ?? 100, windowMs: 60_000 }),
    addressLimiter: createRateLimiter({ max: 1_000, windowMs: 60_000 }),
  });
  const server = createServer((req, res) => {
    void room.handle(req, res).then((handled) => handled || res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stops.push(async () => {
    await room.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return url;
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const event = (attendee: string, results: Record<string, string> = { setup: 'ok' }) => ({
  attendee,
  step: 'setup',
  mode: 'demo',
  results,
});

describe('the workshop room', () => {
  it('says no workshop is running when WORKSHOP is off, and takes no events', async () => {
    const url = await startRoom({ enabled: false });
    const room = await fetch(`${url}/workshop/room`);
    expect(room.status).toBe(200); // a plain "no", not a 404 in every visitor's console
    expect(await room.json()).toEqual({ workshop: false });
    expect((await fetch(`${url}/workshop/dashboard`)).status).toBe(404);
    expect((await post(`${url}/workshop/report`, event(randomUUID()))).status).toBe(404);
  });

  it('records a report and shows it on the owner’s dashboard only', async () => {
    const url = await startRoom();
    expect(await (await fetch(`${url}/workshop/room`)).json()).toEqual({
      workshop: true,
      heartbeatMs: 30_000,
    });
    const answer = await post(
      `${url}/workshop/report`,
      event(randomUUID(), { setup: 'ok', configure: 'invalid-org' }),
    );
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ seq: 1 });

    const refused = await fetch(`${url}/workshop/dashboard`);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).not.toContain('invalid-org');
    expect((await fetch(`${url}/workshop/dashboard/events`)).status).toBe(403);

    const board = (await (
      await fetch(`${url}/workshop/dashboard`, { headers: owner })
    ).json()) as RoomSummary;
    expect(board.connected).toBe(1);
    expect(board.stuck).toEqual([{ card: 'invalid-org', count: 1 }]);
  });

  it('refuses what it does not know, too big, not JSON, or from another site', async () => {
    const url = await startRoom();
    const attendee = randomUUID();
    const withKey = { ...event(attendee), key: `nvapi-${'k'.repeat(64)}` };
    expect((await post(`${url}/workshop/report`, withKey)).status).toBe(400);
    expect((await post(`${url}/workshop/report`, '{"attendee":')).status).toBe(400);
    expect((await post(`${url}/workshop/report`, 'x'.repeat(2_000))).status).toBe(413);
    const text = await fetch(`${url}/workshop/report`, {
      method: 'POST',
      body: JSON.stringify(event(attendee)),
    });
    expect(text.status).toBe(415);
    const crossSite = await post(`${url}/workshop/report`, event(attendee), {
      origin: 'https://evil.example',
    });
    expect(crossSite.status).toBe(403);
    const board = (await (
      await fetch(`${url}/workshop/dashboard`, { headers: owner })
    ).json()) as RoomSummary;
    expect(board.connected).toBe(0);
  });

  it('limits each attendee’s reports, saying when to try again', async () => {
    const url = await startRoom({ perAttendee: 2 });
    const attendee = randomUUID();
    await post(`${url}/workshop/report`, event(attendee));
    await post(`${url}/workshop/report`, event(attendee));
    const third = await post(`${url}/workshop/report`, event(attendee));
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(`${url}/workshop/report`, event(randomUUID()))).status).toBe(200);
  });

  it('forgets an attendee who opts out', async () => {
    const url = await startRoom();
    const attendee = randomUUID();
    await post(`${url}/workshop/report`, event(attendee));
    expect((await post(`${url}/workshop/leave`, { attendee })).status).toBe(204);
    const board = (await (
      await fetch(`${url}/workshop/dashboard`, { headers: owner })
    ).json()) as RoomSummary;
    expect(board.connected).toBe(0);
  });

  it('streams the board to the owner as attendees report', async () => {
    const url = await startRoom();
    const controller = new AbortController();
    const stream = await fetch(`${url}/workshop/dashboard/events`, {
      headers: owner,
      signal: controller.signal,
    });
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    const boardShows = async (text: string) => {
      while (!received.includes(text)) received += (await reader.read()).value ?? '';
    };
    await boardShows('"connected":0');
    await post(`${url}/workshop/report`, event(randomUUID(), { setup: 'timeout' }));
    await boardShows('{"card":"timeout","count":1}');
    controller.abort();
  });
});
