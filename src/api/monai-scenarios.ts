// The named scenarios the fake API can play, with plain words for a presenter's picker. Their behaviour is in
// monai-behaviour.ts; the ones marked testOnly exist for the proxy's fault suite.

export const scenarioNames = [
  'valid',
  'expired-key',
  'token-expired',
  'wrong-org',
  'rate-limited',
  'server-error',
  'html-error',
  'missing-token',
  'slow',
  'timeout',
  'reset',
  // Test-only faults (scenarioInfo marks them): for the fault suite, not for a presenter's picker.
  'huge-body',
  'trickle',
  'invalid-utf8',
  'garbage-jwt',
  'user-id-not-string',
  'redirect',
] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && (scenarioNames as readonly string[]).includes(value);
}

export const scenarioInfo: Record<ScenarioName, { label: string; description: string; testOnly?: true }> = {
  valid: {
    label: 'Everything works',
    description: 'A well-formed key logs in and the token lists experiments.',
  },
  'expired-key': {
    label: 'Expired or revoked key',
    description: 'Every key is refused with 401, as when a key has expired or a newer one replaced it.',
  },
  'token-expired': {
    label: 'Token already expired',
    description:
      'Login works but hands out a token whose expiry time has passed, so the next call is refused.',
  },
  'wrong-org': {
    label: 'Org not granted',
    description: 'Login works, but the account has no access to the org, so listing experiments gives 403.',
  },
  'rate-limited': {
    label: 'Too many logins',
    description: 'Login answers 429 Too Many Requests and asks to wait 30 seconds.',
  },
  'server-error': { label: 'Server error', description: 'Login answers 500 Internal Server Error.' },
  'html-error': {
    label: 'Gateway error page',
    description: 'Login answers 502 with an nginx HTML page instead of JSON.',
  },
  'missing-token': {
    label: 'No token in the answer',
    description: 'Login answers 201 but the body has only user_id, no token.',
  },
  slow: {
    label: 'Slow network',
    description: 'Every answer arrives after 2.5 seconds, then behaves normally.',
  },
  timeout: {
    label: 'No answer',
    description: 'The API never answers, so the request runs into the time limit.',
  },
  reset: {
    label: 'Connection dropped',
    description: 'The API starts a successful answer and the connection breaks half-way through the body.',
  },
  'huge-body': { label: '5 MiB answer', description: 'Login answers 201 with a 5 MiB body.', testOnly: true },
  trickle: {
    label: 'Endless trickle',
    description: 'The answer starts, then a byte every half second, forever.',
    testOnly: true,
  },
  'invalid-utf8': {
    label: 'Invalid UTF-8',
    description: 'Login answers 201 with bytes that are not valid UTF-8.',
    testOnly: true,
  },
  'garbage-jwt': {
    label: 'Garbage token',
    description: 'Login answers 201 with a token whose segments are not base64url JSON.',
    testOnly: true,
  },
  'user-id-not-string': {
    label: 'Numeric user_id',
    description: 'Login answers 201 with a user_id that is a number.',
    testOnly: true,
  },
  redirect: {
    label: 'Redirect',
    description: 'Login answers 302 pointing at a cloud metadata address.',
    testOnly: true,
  },
};
