// How Login's failures are classified: which card each upstream status gets for POST /api/v1/login.
// Kept apart from login.tsx so the lazily loaded card chunk gets this data without the cell's React code.
import type { RequestRules } from '../../../../src/troubleshooting/request-rules.ts';

export const loginRules: RequestRules = {
  stepName: 'Log in (POST /api/v1/login)',
  statusCards: {
    400: { cardId: 'login-bad-request', keepWhenHtml: false },
    401: { cardId: 'login-unauthorized', keepWhenHtml: true },
    404: { cardId: 'wrong-host', keepWhenHtml: true },
    405: { cardId: 'method-not-allowed', keepWhenHtml: false },
    429: { cardId: 'rate-limited', keepWhenHtml: true },
    '5xx': { cardId: 'server-error', keepWhenHtml: true },
  },
  incompleteAnswerCard: 'incomplete-login-response',
};
