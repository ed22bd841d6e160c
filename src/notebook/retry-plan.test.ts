import { describe, expect, it } from 'vitest';
import { retryPlan } from './retry-plan.ts';

describe('retryPlan', () => {
  it('logs in again before Verify when the token expired or was refused', () => {
    expect(retryPlan({ kind: 'token-expired', expiredAt: 1 })).toBe('from-login');
    expect(retryPlan({ kind: 'http-error', step: 'verify', status: 401, html: false, durationMs: 5 })).toBe(
      'from-login',
    );
  });

  it('runs the earlier cells first when a step is missing', () => {
    expect(retryPlan({ kind: 'missing-dependencies', missing: [] })).toBe('with-dependencies');
  });

  it('runs the same cell again otherwise, e.g. a refused key at Login or a rate limit', () => {
    expect(retryPlan({ kind: 'http-error', step: 'login', status: 401, html: false, durationMs: 5 })).toBe(
      'cell',
    );
    expect(retryPlan({ kind: 'http-error', step: 'login', status: 429, html: false, durationMs: 5 })).toBe(
      'cell',
    );
  });
});
