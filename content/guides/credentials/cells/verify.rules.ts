// How Verify's failures are classified: which card each upstream status gets for GET {base_url}/experiments.
// Kept apart from verify.tsx so the lazily loaded card chunk gets this data without the cell's React code.
import type { RequestRules } from '../../../../src/troubleshooting/request-rules.ts';

export const verifyRules: RequestRules = {
  stepName: 'Verify the token (GET …/experiments)',
  statusCards: {
    // The ingress answers a bad token with nginx's HTML "401 Authorization Required": still a rejected token.
    401: { cardId: 'token-rejected', keepWhenHtml: true },
    403: { cardId: 'org-forbidden', keepWhenHtml: true },
    404: { cardId: 'wrong-host', keepWhenHtml: true },
    405: { cardId: 'method-not-allowed', keepWhenHtml: false },
    429: { cardId: 'rate-limited', keepWhenHtml: true },
    '5xx': { cardId: 'server-error', keepWhenHtml: true },
  },
  incompleteAnswerCard: 'incomplete-verify-response',
  // A refused (401) or expired token is fixed by logging in again, then running Verify.
  retryFrom: { cell: 'login', statuses: [401], onExpiredToken: true },
};
