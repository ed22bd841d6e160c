// The browser's side of the workshop room: find out whether a workshop is running, report this attendee's
// progress (only step ids, "ok" or card ids, and the mode), opt out, and, for the presenter, watch the
// dashboard. Typed over the notebook's step and card ids, which the UI passes in.
import { roomPaths, type RoomMode, type RoomReport, type RoomSummary } from './room-protocol.ts';

export interface RoomClientOptions {
  /** The app's origin; '' (same origin) in the browser. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export type ReportOutcome =
  | { ok: true; seq: number }
  | { ok: false; reason: 'no_workshop' | 'rate_limited' | 'refused' | 'unreachable'; retryAfterMs?: number };

export interface RoomAttendee<Step extends string, Card extends string> {
  /** Random per attendee (not derived from anything about them); the server keeps nothing else. */
  readonly id: string;
  report(state: {
    step: Step;
    mode: RoomMode;
    results: Partial<Record<Step, 'ok' | Card>>;
  }): Promise<ReportOutcome>;
  /** Opting out: the room forgets this attendee. */
  leave(): Promise<void>;
}

export function createRoomAttendee<Step extends string, Card extends string>(
  options: RoomClientOptions & { id?: string } = {},
): RoomAttendee<Step, Card> {
  const { baseUrl = '', fetch: fetchImpl = fetch } = options;
  const id = options.id ?? crypto.randomUUID();
  const post = (path: string, body: unknown) =>
    fetchImpl(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return {
    id,
    async report(state) {
      const body: RoomReport<Step, Card> = { attendee: id, ...state };
      let answer: Response;
      try {
        answer = await post(roomPaths.report, body);
      } catch {
        return { ok: false, reason: 'unreachable' };
      }
      if (answer.ok) return { ok: true, seq: ((await answer.json()) as { seq: number }).seq };
      if (answer.status === 404) return { ok: false, reason: 'no_workshop' };
      if (answer.status === 429) {
        const retryAfterMs = Number(answer.headers.get('retry-after') ?? 1) * 1000;
        return { ok: false, reason: 'rate_limited', retryAfterMs };
      }
      return { ok: false, reason: answer.status >= 500 ? 'unreachable' : 'refused' };
    },
    async leave() {
      await post(roomPaths.leave, { attendee: id }).catch(() => undefined);
    },
  };
}

/** 'refused': this browser is not the owner (403); 'no-workshop': the server runs none (404). */
export type DashboardStatus = 'connecting' | 'live' | 'refused' | 'no-workshop' | 'reconnecting' | 'stopped';

/** Whether this browser holds the owner's cookie (the dashboard answers it); false on any doubt. */
export async function isRoomOwner(options: RoomClientOptions = {}): Promise<boolean> {
  const { baseUrl = '', fetch: fetchImpl = fetch } = options;
  try {
    const answer = await fetchImpl(`${baseUrl}${roomPaths.dashboard}`, {
      headers: { accept: 'application/json' },
    });
    return answer.ok && Boolean(answer.headers.get('content-type')?.startsWith('application/json'));
  } catch {
    return false;
  }
}

/**
 * Streams the dashboard (server-sent events read through fetch, so the owner's cookie goes along and a refusal
 * is told apart from a dropped connection). Reconnects after a drop; stops for good when refused.
 */
export function watchDashboard(
  onSummary: (summary: RoomSummary) => void,
  onStatus: (status: DashboardStatus) => void = () => {},
  options: RoomClientOptions & { reconnectMs?: number } = {},
): () => void {
  const { baseUrl = '', fetch: fetchImpl = fetch, reconnectMs = 2_000 } = options;
  const controller = new AbortController();
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    try {
      const answer = await fetchImpl(`${baseUrl}${roomPaths.dashboardEvents}`, {
        headers: { accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (answer.status === 403) return onStatus('refused');
      if (answer.status === 404) return onStatus('no-workshop');
      if (!answer.ok || !answer.body) throw new Error(`status ${answer.status}`);
      onStatus('live');
      let buffered = '';
      const reader = answer.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffered += value;
        const events = buffered.split('\n\n');
        buffered = events.pop() ?? '';
        for (const event of events) {
          const data = event.split('\n').find((line) => line.startsWith('data: '));
          if (event.startsWith('event: summary') && data) onSummary(JSON.parse(data.slice(6)) as RoomSummary);
        }
      }
      throw new Error('stream ended');
    } catch {
      if (controller.signal.aborted) return;
      onStatus('reconnecting');
      retry = setTimeout(() => void connect(), reconnectMs);
    }
  };
  onStatus('connecting');
  void connect();
  return () => {
    clearTimeout(retry);
    controller.abort();
    onStatus('stopped');
  };
}
