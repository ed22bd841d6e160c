// Fixed-window counters per client address (or other key). In memory by default, per replica; in Redis
// (rate-limiter-flexible) when REDIS_URL is set, so every replica behind a load balancer counts together.
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit } from './env.ts';

export interface RateLimiter {
  /** Counts one attempt; returns how many seconds to wait when over the limit, else 0. */
  take(address: string, nowMs?: number): number | Promise<number>;
}

/**
 * The memory limiter is the project's own rather than rate-limiter-flexible's because it bounds how many
 * addresses it tracks (an IPv6 client has millions to spare), and takes the time as an argument for tests.
 */
export function createRateLimiter(limit: RateLimit, maxTrackedAddresses = 10_000): RateLimiter {
  const windows = new Map<string, { startMs: number; count: number }>();
  return {
    take(address, nowMs = Date.now()) {
      let window = windows.get(address);
      if (!window || nowMs - window.startMs >= limit.windowMs) {
        // Bound memory under an address flood: drop windows that have ended, then the oldest if still full.
        if (windows.size >= maxTrackedAddresses) {
          for (const [key, old] of windows) if (nowMs - old.startMs >= limit.windowMs) windows.delete(key);
          if (windows.size >= maxTrackedAddresses) windows.delete(windows.keys().next().value as string);
        }
        window = { startMs: nowMs, count: 0 };
        windows.set(address, window);
      }
      window.count += 1;
      if (window.count <= limit.max) return 0;
      return Math.max(1, Math.ceil((window.startMs + limit.windowMs - nowMs) / 1000));
    },
  };
}

/**
 * The same limit kept in Redis under `name`, shared by every replica. Redis keeps whole seconds, so a window
 * is rounded up to one. While Redis is unreachable each replica counts in its own memory instead (the
 * library's insurance limiter) rather than letting every attempt through or refusing them all.
 */
export function createRedisRateLimiter(redis: Redis, name: string, limit: RateLimit): RateLimiter {
  const duration = Math.max(1, Math.ceil(limit.windowMs / 1000));
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `credentials-notebook:limit:${name}`,
    points: limit.max,
    duration,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ points: limit.max, duration }),
  });
  return {
    async take(address) {
      try {
        await limiter.consume(address);
        return 0;
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      }
    },
  };
}

/** The limiter for `name`: in Redis when the server has one, else in this process's memory. */
export function createSharedRateLimiter(
  limit: RateLimit,
  options: { redis?: Redis; name: string },
): RateLimiter {
  return options.redis
    ? createRedisRateLimiter(options.redis, options.name, limit)
    : createRateLimiter(limit);
}
