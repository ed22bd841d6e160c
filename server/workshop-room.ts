// The workshop room's HTTP routes (/workshop/…), beside the proxy in `npm start` and `npm run dev`. Attendees'
// browsers report which step they are on and each cell's result; the owner's browser watches the dashboard.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ROOM_HEARTBEAT_MS, roomPaths, type RoomInfo } from '../src/workshop/room-protocol.ts';
import { clientAddress, isAllowedHostHeader } from './client-address.ts';
import { isSameOriginRequest } from './origin-check.ts';
import { isJsonContentType } from '../src/api/proxy-request-rules.ts';
import { readRequestBody } from './proxy-exchange.ts';
import type { RateLimiter } from './rate-limit.ts';
import { createDashboardStream } from './workshop-dashboard-stream.ts';
import { parseLeave, parseReport, type Parsed, type Report } from './workshop-events.ts';
import type { RoomStore } from './workshop-store.ts';

export const MAX_ROOM_BODY_BYTES = 1024;

export interface WorkshopRoomOptions {
  /** false: every /workshop/ route answers 404, so the app knows no workshop is running. */
  enabled: boolean;
  store: RoomStore;
  /** Whether this request comes from the server owner's browser; only it may see the dashboard. */
  isOwner: (req: IncomingMessage) => boolean | Promise<boolean>;
  /** Reports per attendee id, and per client address (a whole room may share one address behind NAT). */
  attendeeLimiter: RateLimiter;
  addressLimiter: RateLimiter;
  allowedHosts?: string[];
  trustProxyHops?: number;
  answerHeaders?: Record<string, string>;
  onError?: (error: unknown) => void;
}

export interface WorkshopRoom {
  /** Answers /workshop/… requests; resolves false for anything else, which the caller serves. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  close(): Promise<void>;
}

export function createWorkshopRoom(options: WorkshopRoomOptions): WorkshopRoom {
  const { store, isOwner, allowedHosts = [], trustProxyHops = 0, answerHeaders = {} } = options;
  const onError = options.onError ?? ((error) => console.error('Workshop room:', (error as Error).message));
  const stream = createDashboardStream(store, onError);

  const send = (
    res: ServerResponse,
    status: number,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, {
      ...answerHeaders,
      ...headers,
      'cache-control': 'no-store',
      ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'content-length': String(Buffer.byteLength(text)),
    });
    res.end(text);
  };
  const refuse = (res: ServerResponse, status: number, error: string, message: string, headers = {}) =>
    send(res, status, { error, message }, headers);

  async function readJson(req: IncomingMessage, res: ServerResponse): Promise<Parsed<unknown> | null> {
    if (!isJsonContentType(req.headers['content-type'])) {
      refuse(res, 415, 'unsupported_media_type', 'Send the event as application/json.');
      return null;
    }
    const read = await readRequestBody(req, MAX_ROOM_BODY_BYTES, 5_000);
    if (!read.ok) {
      const tooLarge = read.reason === 'too_large';
      refuse(
        res,
        tooLarge ? 413 : 400,
        tooLarge ? 'payload_too_large' : 'bad_request',
        tooLarge
          ? `An event is at most ${MAX_ROOM_BODY_BYTES} bytes.`
          : 'The event did not arrive completely.',
        { connection: 'close' },
      );
      return null;
    }
    try {
      return { ok: true, value: JSON.parse(read.body.toString('utf8')) as unknown };
    } catch {
      return { ok: false, message: 'The event is not valid JSON.' };
    }
  }

  async function overLimit(res: ServerResponse, limiter: RateLimiter, key: string): Promise<boolean> {
    const wait = await limiter.take(key);
    if (wait > 0)
      refuse(res, 429, 'rate_limited', `Too many events; try again in ${wait} seconds.`, {
        'retry-after': String(wait),
      });
    return wait > 0;
  }

  async function report(req: IncomingMessage, res: ServerResponse, leaving: boolean): Promise<void> {
    if (await overLimit(res, options.addressLimiter, clientAddress(req, trustProxyHops))) return;
    const json = await readJson(req, res);
    if (!json) return;
    if (!json.ok) return refuse(res, 400, 'bad_event', json.message);
    const parsed: Parsed<Report | { attendee: string }> = (leaving ? parseLeave : parseReport)(json.value);
    if (!parsed.ok) return refuse(res, 400, 'bad_event', parsed.message);
    if (await overLimit(res, options.attendeeLimiter, parsed.value.attendee)) return;
    if (!('step' in parsed.value)) {
      await store.remove(parsed.value.attendee);
      return send(res, 204);
    }
    const outcome = await store.record(parsed.value);
    if (!outcome.ok) return refuse(res, 503, 'room_full', 'The room is full; your progress is not shared.');
    send(res, 200, { seq: outcome.seq });
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (!options.enabled) {
      // The app asks on every visit; a plain "no" keeps a 404 out of every visitor's console (and Lighthouse's).
      if (path === roomPaths.room && req.method === 'GET') return send(res, 200, { workshop: false });
      return refuse(res, 404, 'no_workshop', 'No workshop is running on this server.');
    }
    if (!isAllowedHostHeader(req.headers.host, allowedHosts)) {
      return refuse(res, 403, 'forbidden_origin', 'This server does not answer to that host name.');
    }
    const method = req.method ?? '';
    const only = (wanted: string) => {
      if (method === wanted) return false;
      refuse(res, 405, 'method_not_allowed', `This route accepts ${wanted} only.`, { allow: wanted });
      return true;
    };
    if (path === roomPaths.room) {
      if (only('GET')) return;
      return send(res, 200, { workshop: true, heartbeatMs: ROOM_HEARTBEAT_MS } satisfies RoomInfo);
    }
    if (path === roomPaths.report || path === roomPaths.leave) {
      if (only('POST')) return;
      if (!isSameOriginRequest(req)) {
        return refuse(res, 403, 'forbidden_origin', 'Events are accepted only from this app’s own pages.');
      }
      return report(req, res, path === roomPaths.leave);
    }
    if (path === roomPaths.dashboard || path === roomPaths.dashboardEvents) {
      if (only('GET')) return;
      if (!(await isOwner(req))) {
        return refuse(
          res,
          403,
          'not_owner',
          'The dashboard is only for the browser that started the workshop.',
        );
      }
      if (path === roomPaths.dashboard) return send(res, 200, await store.summary());
      return stream.add(res, answerHeaders);
    }
    refuse(res, 404, 'not_found', 'No such workshop route.');
  }

  return {
    async handle(req, res) {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (path !== '/workshop' && !path.startsWith('/workshop/')) return false;
      try {
        await route(req, res, path);
      } catch (error) {
        onError(error);
        if (!res.headersSent) refuse(res, 503, 'room_unavailable', 'The room’s storage is not answering.');
        else res.destroy();
      }
      return true;
    },
    async close() {
      stream.close();
      await store.close();
    },
  };
}
