import { describe, expect, it } from 'vitest';
import type { RequestRules } from '../troubleshooting/request-rules.ts';
import { retryPlan } from './retry-plan.ts';

const verifyLike: RequestRules = {
  stepName: 'Verify',
  statusCards: {},
  incompleteAnswerCard: 'incomplete-verify-response',
  retryFrom: { cell: 'sign-in', statuses: [401], onExpiredToken: true },
};
const loginLike: RequestRules = {
  stepName: 'Login',
  statusCards: {},
  incompleteAnswerCard: 'incomplete-login-response',
};

describe('retryPlan', () => {
  it('starts from the cell the rules name when the token expired or was refused', () => {
    expect(retryPlan({ kind: 'token-expired', expiredAt: 1 }, verifyLike)).toEqual({
      run: 'from',
      cell: 'sign-in',
    });
    expect(
      retryPlan({ kind: 'http-error', step: 'verify', status: 401, html: false, durationMs: 5 }, verifyLike),
    ).toEqual({ run: 'from', cell: 'sign-in' });
  });

  it('runs the earlier cells first when a step is missing', () => {
    expect(retryPlan({ kind: 'missing-dependencies', missing: [] })).toEqual({ run: 'with-dependencies' });
  });

  it('runs the same cell again otherwise, e.g. a refused key at Login, a rate limit or a 403', () => {
    const at = (status: number, rules: RequestRules) =>
      retryPlan({ kind: 'http-error', step: 'x', status, html: false, durationMs: 5 }, rules);
    expect(at(401, loginLike)).toEqual({ run: 'cell' });
    expect(at(429, verifyLike)).toEqual({ run: 'cell' });
    expect(at(403, verifyLike)).toEqual({ run: 'cell' });
  });
});
