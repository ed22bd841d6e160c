// The room in Redis, shared by every replica: one record per attendee (JSON, with its own expiry), a sorted set
// of attendees by last report (for listing and the size cap), and an event counter. Each change is published,
// so every replica's dashboards update whichever replica took the report.
import type { Redis } from 'ioredis';
import type { RoomSummary } from '../src/workshop/room-protocol.ts';
import type { RoomStore } from './workshop-store.ts';
import { ROOM_MAX_ATTENDEES, ROOM_TTL_MS } from './workshop-store.ts';
import { summarize, type AttendeeRecord } from './workshop-summary.ts';

// One hash tag, so a Redis Cluster keeps every key of the room in one slot (the script touches several).
const PREFIX = 'credentials-notebook:{room}';
const SEEN = `${PREFIX}:seen`;
const SEQ = `${PREFIX}:seq`;
const CHANNEL = 'credentials-notebook:room:changed';
const recordKey = (attendee: string) => `${PREFIX}:attendee:${attendee}`;

// Atomic, so two replicas cannot both admit the 5001st attendee or hand out the same sequence number.
const RECORD_SCRIPT = `
redis.call('zremrangebyscore', KEYS[1], '-inf', ARGV[2] - ARGV[4])
if not redis.call('zscore', KEYS[1], ARGV[1]) and redis.call('zcard', KEYS[1]) >= tonumber(ARGV[5]) then
  return -1
end
redis.call('zadd', KEYS[1], ARGV[2], ARGV[1])
redis.call('pexpire', KEYS[1], ARGV[4])
redis.call('set', KEYS[2], ARGV[3], 'PX', ARGV[4])
local seq = redis.call('incr', KEYS[3])
redis.call('pexpire', KEYS[3], ARGV[4])
redis.call('publish', ARGV[6], seq)
return seq
`;

type WithRecordScript = Redis & {
  roomRecord(...args: (string | number)[]): Promise<number>;
};

function parseRecord(json: string | null): AttendeeRecord | undefined {
  if (json === null) return undefined;
  try {
    return JSON.parse(json) as AttendeeRecord;
  } catch {
    return undefined; // not ours; the summary skips it rather than failing the board
  }
}

export function createRedisRoomStore(
  redis: Redis,
  options: { ttlMs?: number; maxAttendees?: number } = {},
): RoomStore {
  const { ttlMs = ROOM_TTL_MS, maxAttendees = ROOM_MAX_ATTENDEES } = options;
  redis.defineCommand('roomRecord', { numberOfKeys: 3, lua: RECORD_SCRIPT });
  const scripted = redis as WithRecordScript;
  const listeners = new Set<() => void>();
  // Subscribing takes a connection of its own; opened only when a dashboard is watching.
  let subscriber: Redis | undefined;

  const subscribe = () => {
    // Queued until connected, and re-subscribed by ioredis after a reconnect (the shared connection queues nothing).
    subscriber = redis.duplicate({ lazyConnect: false, enableOfflineQueue: true });
    subscriber.on('message', () => {
      for (const listener of listeners) listener();
    });
    subscriber.on('error', () => {}); // ioredis reconnects by itself; a dashboard just sees no news meanwhile
    void subscriber.subscribe(CHANNEL).catch(() => {});
  };

  return {
    async record({ attendee, ...report }, nowMs = Date.now()) {
      const json = JSON.stringify({ report, lastSeenMs: nowMs } satisfies AttendeeRecord);
      const seq = await scripted.roomRecord(
        SEEN,
        recordKey(attendee),
        SEQ,
        attendee,
        nowMs,
        json,
        ttlMs,
        maxAttendees,
        CHANNEL,
      );
      return seq < 0 ? { ok: false, reason: 'room_full' } : { ok: true, seq };
    },
    async remove(attendee) {
      await redis.multi().zrem(SEEN, attendee).del(recordKey(attendee)).publish(CHANNEL, '0').exec();
    },
    async summary(nowMs = Date.now()): Promise<RoomSummary> {
      const [attendees, seq] = await Promise.all([
        redis.zrangebyscore(SEEN, nowMs - ttlMs, '+inf'),
        redis.get(SEQ),
      ]);
      const json = attendees.length ? await redis.mget(attendees.map(recordKey)) : [];
      const records = json.map(parseRecord).filter((record) => record !== undefined);
      return summarize(records, Number(seq ?? 0), nowMs);
    },
    onChange(listener) {
      if (!subscriber) subscribe();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      subscriber?.disconnect();
    },
  };
}
