import type { Failure } from '../troubleshooting/failure.ts';
import type { RequestRules } from '../troubleshooting/request-rules.ts';

/**
 * What "Try again" runs so that the fix the card describes happens: a missing step needs the earlier cells; a
 * failure the cell's rules send back to an earlier cell (an expired or refused token needs a fresh login)
 * runs from that cell on; anything else is the same cell again.
 */
export type RetryPlan = { run: 'cell' } | { run: 'with-dependencies' } | { run: 'from'; cell: string };

export function retryPlan(failure: Failure, rules?: RequestRules): RetryPlan {
  if (failure.kind === 'missing-dependencies') return { run: 'with-dependencies' };
  const from = rules?.retryFrom;
  if (from) {
    const expired = failure.kind === 'token-expired' && from.onExpiredToken;
    const refused = failure.kind === 'http-error' && from.statuses.includes(failure.status);
    if (expired || refused) return { run: 'from', cell: from.cell };
  }
  return { run: 'cell' };
}
