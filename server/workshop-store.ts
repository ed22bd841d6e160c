// Where the room lives. In memory by default; in Redis (workshop-redis-store.ts) when REDIS_URL is set, so every
// replica behind a load balancer sees the same room. Records expire on their own after ROOM_TTL_MS.
import { EventEmitter } from 'node:events';
import type { RoomSummary } from '../src/workshop/room-protocol.ts';
import type { Report } from './workshop-events.ts';
import { summarize, type AttendeeRecord } from './workshop-summary.ts';

/** How long an attendee's record outlives their last report: longer than any workshop, shorter than a day. */
export const ROOM_TTL_MS = 4 * 3_600_000;
/** Enough for any room; past it new attendees are refused, so invented ids cannot grow the store. */
export const ROOM_MAX_ATTENDEES = 5_000;

export type RecordOutcome = { ok: true; seq: number } | { ok: false; reason: 'room_full' };

export interface RoomStore {
  record(report: Report, nowMs?: number): Promise<RecordOutcome>;
  remove(attendee: string): Promise<void>;
  summary(nowMs?: number): Promise<RoomSummary>;
  /** Called after any change, from any replica; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  close(): Promise<void>;
}

export function createMemoryRoomStore(options: { ttlMs?: number; maxAttendees?: number } = {}): RoomStore {
  const { ttlMs = ROOM_TTL_MS, maxAttendees = ROOM_MAX_ATTENDEES } = options;
  // Map order is insertion order and a report re-inserts, so the oldest records come first.
  const records = new Map<string, AttendeeRecord>();
  const changes = new EventEmitter().setMaxListeners(0);
  let seq = 0;

  const expire = (nowMs: number) => {
    for (const [attendee, record] of records) {
      if (nowMs - record.lastSeenMs <= ttlMs) break;
      records.delete(attendee);
    }
  };

  return {
    async record({ attendee, ...report }, nowMs = Date.now()) {
      expire(nowMs);
      if (!records.delete(attendee) && records.size >= maxAttendees)
        return { ok: false, reason: 'room_full' };
      records.set(attendee, { report, lastSeenMs: nowMs });
      seq += 1;
      changes.emit('change');
      return { ok: true, seq };
    },
    async remove(attendee) {
      if (records.delete(attendee)) changes.emit('change');
    },
    async summary(nowMs = Date.now()) {
      expire(nowMs);
      return summarize(records.values(), seq, nowMs);
    },
    onChange(listener) {
      changes.on('change', listener);
      return () => changes.off('change', listener);
    },
    async close() {
      changes.removeAllListeners();
    },
  };
}
