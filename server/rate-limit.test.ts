import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';

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
