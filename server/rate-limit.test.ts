import { describe, expect, it, vi } from 'vitest';
import { createRateLimiter, createRedisRateLimiter } from './rate-limit.ts';
import { connectRedis } from './redis-connection.ts';
import { startRedisServer } from './redis-test-server.ts';

describe('createRateLimiter', () => {
  it('allows max attempts per window per address, then says how long to wait', () => {
    const limiter = createRateLimiter({ max: 2, windowMs: 60_000 });
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 1_000)).toBe(0);
    expect(limiter.take('a', 2_000)).toBe(58);
    expect(limiter.take('b', 2_000)).toBe(0);
    expect(limiter.take('a', 59_500)).toBe(1);
    expect(limiter.take('a', 60_000)).toBe(0);
  });

  it('keeps at most maxTrackedAddresses windows, so a flood of addresses cannot exhaust memory', () => {
    const limiter = createRateLimiter({ max: 1, windowMs: 60_000 }, 3);
    for (const address of ['a', 'b', 'c', 'd']) expect(limiter.take(address, 0)).toBe(0);
    // 'a' was evicted as the oldest, so it starts a fresh window; 'd' is still counted.
    expect(limiter.take('a', 1)).toBe(0);
    expect(limiter.take('d', 1)).toBeGreaterThan(0);
  });
});

describe('createRedisRateLimiter', () => {
  it('counts in Redis for every replica, and in memory while Redis is gone', async () => {
    const redisServer = await startRedisServer();
    const [one, two] = [
      await connectRedis(redisServer.url, () => {}),
      await connectRedis(redisServer.url, () => {}),
    ];
    try {
      const limit = { max: 2, windowMs: 1_500 };
      const [a, b] = [createRedisRateLimiter(one, 'test', limit), createRedisRateLimiter(two, 'test', limit)];
      expect(await a.take('addr')).toBe(0);
      expect(await b.take('addr')).toBe(0);
      // Redis keeps whole seconds, so 1.5 s is counted as 2 s.
      expect(await a.take('addr')).toBe(2);

      await redisServer.stop();
      await vi.waitFor(() => expect(one.status).not.toBe('ready'));
      const c = createRedisRateLimiter(one, 'other', limit);
      expect(await c.take('addr')).toBe(0);
      expect(await c.take('addr')).toBe(0);
      expect(await c.take('addr')).toBeGreaterThan(0);
    } finally {
      one.disconnect();
      two.disconnect();
      await redisServer.stop();
    }
  });
});
