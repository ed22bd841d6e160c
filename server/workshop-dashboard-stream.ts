// Server-sent events for the presenter's dashboard. Changes arrive in bursts (Run all in 200 browsers), so
// they are coalesced: at most one summary per FLUSH_MS per replica, computed once for every open board.
import type { ServerResponse } from 'node:http';
import type { RoomStore } from './workshop-store.ts';

const FLUSH_MS = 100;
// Without news the board is still refreshed now and then: attendees who closed the tab stop counting as
// connected by time, not by an event. The comment lines keep idle proxies (nginx: 60 s) from hanging up.
const REFRESH_MS = 10_000;
const KEEPALIVE_MS = 15_000;

export interface DashboardStream {
  add(res: ServerResponse, headers: Record<string, string>): void;
  close(): void;
}

export function createDashboardStream(store: RoomStore, onError: (error: unknown) => void): DashboardStream {
  const boards = new Set<ServerResponse>();
  let unsubscribe: (() => void) | undefined;
  let pending: NodeJS.Timeout | undefined;
  let timers: NodeJS.Timeout[] = [];

  const flush = () => {
    pending = undefined;
    store.summary().then((summary) => {
      const event = `event: summary\ndata: ${JSON.stringify(summary)}\n\n`;
      for (const res of boards) res.write(event);
    }, onError);
  };
  const schedule = () => {
    pending ??= setTimeout(flush, FLUSH_MS);
  };
  const stopWatching = () => {
    unsubscribe?.();
    unsubscribe = undefined;
    clearTimeout(pending);
    pending = undefined;
    for (const timer of timers) clearInterval(timer);
    timers = [];
  };

  return {
    add(res, headers) {
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no', // nginx would otherwise hold events back in its buffer
      });
      res.write(`retry: 2000\n\n`);
      boards.add(res);
      res.on('close', () => {
        boards.delete(res);
        if (boards.size === 0) stopWatching();
      });
      if (!unsubscribe) {
        unsubscribe = store.onChange(schedule);
        timers = [
          setInterval(schedule, REFRESH_MS),
          setInterval(() => boards.forEach((board) => board.write(': keep-alive\n\n')), KEEPALIVE_MS),
        ];
      }
      schedule(); // the new board's first picture
    },
    close() {
      stopWatching();
      for (const res of boards) res.end();
      boards.clear();
    },
  };
}
