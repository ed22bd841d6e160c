// What the dashboard watcher does with the bytes it gets; against the real room it is tested in
// server/workshop-room-client.test.ts.
import { describe, expect, it, vi } from 'vitest';
import { watchDashboard, type DashboardStatus } from './room-client.ts';
import { fetchRoomInfo } from './room-info.ts';
import type { RoomSummary } from './room-protocol.ts';

const summary = (seq: number): RoomSummary => ({
  seq,
  connected: seq,
  modes: { demo: seq, live: 0 },
  steps: [],
  stuck: [],
});

function streamOf(chunks: string[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

describe('watchDashboard', () => {
  it('reads events split anywhere across chunks, skips comments, and reconnects when the stream ends', async () => {
    const first = `retry: 2000\n\nevent: summary\ndata: ${JSON.stringify(summary(1))}\n\n: keep-alive\n\n`;
    const second = `event: summary\ndata: ${JSON.stringify(summary(2))}\n\n`;
    const answers = [streamOf([first.slice(0, 30), first.slice(30), second.slice(0, 9), second.slice(9)])];
    answers.push(streamOf([`event: summary\ndata: ${JSON.stringify(summary(3))}\n\n`]));
    const fetchStub = vi.fn(async () => answers.shift() ?? new Promise<Response>(() => {}));
    const seen: number[] = [];
    const statuses: DashboardStatus[] = [];
    const stop = watchDashboard(
      (board) => seen.push(board.seq),
      (status) => statuses.push(status),
      { fetch: fetchStub as typeof fetch, reconnectMs: 10 },
    );
    await vi.waitFor(() => expect(seen).toEqual([1, 2, 3]));
    expect(statuses.slice(0, 4)).toEqual(['connecting', 'live', 'reconnecting', 'live']);
    stop();
    expect(statuses.at(-1)).toBe('stopped');
  });

  it('stops for good when refused', async () => {
    const fetchStub = vi.fn(async () => new Response('{}', { status: 403 }));
    const statuses: DashboardStatus[] = [];
    watchDashboard(
      () => {},
      (status) => statuses.push(status),
      { fetch: fetchStub as typeof fetch, reconnectMs: 1 },
    );
    await vi.waitFor(() => expect(statuses).toEqual(['connecting', 'refused']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetchStub).toHaveBeenCalledTimes(1);
  });

  it('tells a server that runs no workshop (404) apart from a refusal', async () => {
    const fetchStub = vi.fn(async () => new Response('{}', { status: 404 }));
    const statuses: DashboardStatus[] = [];
    watchDashboard(
      () => {},
      (status) => statuses.push(status),
      { fetch: fetchStub as typeof fetch, reconnectMs: 1 },
    );
    await vi.waitFor(() => expect(statuses).toEqual(['connecting', 'no-workshop']));
  });
});

describe('fetchRoomInfo', () => {
  it('takes the app’s index.html (served for unknown paths) as "no workshop"', async () => {
    const html = async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
    expect(await fetchRoomInfo({ fetch: html as typeof fetch })).toBeNull();
  });
});
