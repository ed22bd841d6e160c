// Every troubleshooting card the classifier can choose. Each id has a matching
// content/guides/credentials/cards/<id>.md holding the words; card-content.test.ts checks that.
export const cardIds = [
  'no-key',
  'placeholder-key',
  'key-needs-cleaning',
  'unknown-key-shape',
  'missing-dependencies',
  'invalid-org',
  'token-expired',
  'login-unauthorized',
  'login-bad-request',
  'wrong-host',
  'method-not-allowed',
  'rate-limited',
  'server-error',
  'token-rejected',
  'org-forbidden',
  'html-instead-of-json',
  'incomplete-login-response',
  'incomplete-verify-response',
  'unexpected-status',
  'timeout',
  'upstream-unreachable',
  'connection-dropped',
  'upstream-answer-unusable',
  'request-refused',
  'server-key-not-usable',
  'proxy-missing',
  'app-server-unreachable',
  'unexpected-error',
] as const;

export type CardId = (typeof cardIds)[number];
