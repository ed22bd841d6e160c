// A fixed-window counter per client address: the proxy's only state, and per replica by design.
import type { RateLimit } from './env.ts';

export interface RateLimiter {
  /** Counts one attempt; returns how many seconds to wait when over the limit, else 0. */
  take(address: string, nowMs?: number): number;
}

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
