import type { Failure } from '../troubleshooting/failure.ts';

/**
 * What "Try again" runs so that the fix the card describes happens: an expired or refused token needs a fresh
 * login first (re-running Verify alone would fail forever), a missing step needs the earlier cells, anything
 * else is the same cell again.
 */
export type RetryPlan = 'cell' | 'with-dependencies' | 'from-login';

export function retryPlan(failure: Failure): RetryPlan {
  if (failure.kind === 'missing-dependencies') return 'with-dependencies';
  if (failure.kind === 'token-expired') return 'from-login';
  if (failure.kind === 'http-error' && failure.step === 'verify' && failure.status === 401)
    return 'from-login';
  return 'cell';
}
