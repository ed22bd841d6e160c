// What a replica keeps between requests, in memory or in Redis: the login rate limit and the workshop room.
// `npm start` and the Vite middleware build it the same way, so both serve the room.
import type { IncomingMessage } from 'node:http';
import type { Redis } from 'ioredis';
import type { ServerEnv } from './env.ts';
import { connectRedis } from './redis-connection.ts';
import { createSharedRateLimiter, type RateLimiter } from './rate-limit.ts';
import { createRedisRoomStore } from './workshop-redis-store.ts';
import { createWorkshopRoom, type WorkshopRoom } from './workshop-room.ts';
import { createMemoryRoomStore } from './workshop-store.ts';

// A full run is about a dozen reports; heartbeats add two a minute. A room behind one NAT shares an address.
const REPORTS_PER_ATTENDEE = { max: 60, windowMs: 60_000 };
const REPORTS_PER_ADDRESS = { max: 3_000, windowMs: 60_000 };

export interface ReplicaState {
  /** undefined: the proxy keeps its own in-memory limit (or none, for MONAI_LOGIN_RATE_LIMIT=off). */
  loginLimiter: RateLimiter | undefined;
  room: WorkshopRoom;
  close(): Promise<void>;
}

export type OwnerCheck = (req: IncomingMessage) => boolean | Promise<boolean>;

export async function openReplicaState(
  env: ServerEnv,
  options: {
    /** Until the owner's secret is wired in, nobody is the owner and the dashboard is refused to all. */
    isWorkshopOwner?: OwnerCheck;
    answerHeaders?: Record<string, string>;
    log?: (line: string) => void;
  } = {},
): Promise<ReplicaState> {
  const log = options.log ?? ((line) => console.error(line));
  let redis: Redis | undefined;
  if (env.redisUrl) redis = await connectRedis(env.redisUrl, log);
  const limit = (name: string, rate: { max: number; windowMs: number }) =>
    createSharedRateLimiter(rate, { redis, name });
  const room = createWorkshopRoom({
    enabled: env.workshop,
    store: redis ? createRedisRoomStore(redis) : createMemoryRoomStore(),
    isOwner: options.isWorkshopOwner ?? (() => false),
    attendeeLimiter: limit('room-attendee', REPORTS_PER_ATTENDEE),
    addressLimiter: limit('room-address', REPORTS_PER_ADDRESS),
    allowedHosts: env.allowedHosts,
    trustProxyHops: env.trustProxyHops,
    answerHeaders: options.answerHeaders,
    onError: (error) => log(`Workshop room: ${error instanceof Error ? error.message : String(error)}`),
  });
  return {
    loginLimiter: redis && env.loginRateLimit ? limit('login', env.loginRateLimit) : undefined,
    room,
    async close() {
      await room.close();
      redis?.disconnect();
    },
  };
}
