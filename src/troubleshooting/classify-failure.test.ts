import { describe, expect, it } from 'vitest';
import type { KeyProblem, ProxyErrorKind } from '../api/contract.ts';
import type { CardId } from './card-ids.ts';
import { loginRules } from '../../content/guides/credentials/cells/login.rules.ts';
import { verifyRules } from '../../content/guides/credentials/cells/verify.rules.ts';
import { classifyFailure as classifyWithRules, type CardModel } from './classify-failure.ts';
import type { Failure, FailureKind, RequestStep } from './failure.ts';
import type { RequestRules } from './request-rules.ts';

// The credentials guide's cells' own rules, as the runtime passes them: those of the cell that failed.
const cellRules: Record<string, RequestRules> = { login: loginRules, verify: verifyRules };
function classifyFailure(failure: Failure): CardModel {
  return classifyWithRules(failure, 'step' in failure ? cellRules[failure.step] : undefined);
}

const INVALID_KEY = 'Unauthorized: Credentials error: Invalid NGC_API_KEY';

function http(
  step: RequestStep,
  status: number,
  extra: Partial<Failure & { kind: 'http-error' }> = {},
): Failure {
  return { kind: 'http-error', step, status, html: false, durationMs: 312, ...extra };
}
function proxy(
  proxyKind: ProxyErrorKind,
  status: number,
  extra: { code?: string; retryAfterSeconds?: number } = {},
): Failure {
  return {
    kind: 'proxy-error',
    step: 'login',
    status,
    proxyKind,
    message: `proxy said ${proxyKind}`,
    durationMs: 40,
    ...extra,
  };
}
function key(problems: KeyProblem[], blocking = true): Failure {
  return { kind: 'key-problem', problems, source: 'pasted', blocking };
}
function body(step: RequestStep, html: boolean, missingFields: string[]): Failure {
  return { kind: 'unexpected-body', step, status: html ? 200 : 201, missingFields, html, durationMs: 90 };
}

// [case, failure, card, severity, canOverride]
const cases: [string, Failure, CardId, 'error' | 'warning', boolean][] = [
  ['no key at all', { kind: 'no-key' }, 'no-key', 'error', false],
  [
    'empty field while another key is on offer',
    { kind: 'no-key', emptyField: true },
    'key-field-empty',
    'error',
    false,
  ],
  ['empty key', key(['empty']), 'no-key', 'error', false],
  ['placeholder about to be sent', key(['placeholder']), 'placeholder-key', 'error', false],
  [
    'placeholder wins over its odd shape',
    key(['unknown-shape', 'placeholder']),
    'placeholder-key',
    'error',
    false,
  ],
  ['surrounding whitespace', key(['surrounding-whitespace']), 'key-needs-cleaning', 'error', false],
  ['surrounding quotes', key(['surrounding-quotes']), 'key-needs-cleaning', 'error', false],
  ['export prefix', key(['export-prefix', 'unknown-shape']), 'key-needs-cleaning', 'error', false],
  ['inner whitespace', key(['inner-whitespace']), 'key-needs-cleaning', 'error', false],
  ['only an unknown shape', key(['unknown-shape'], false), 'unknown-key-shape', 'warning', true],
  ['an unknown shape the caller blocks', key(['unknown-shape'], true), 'unknown-key-shape', 'error', false],
  [
    'missing dependencies',
    { kind: 'missing-dependencies', missing: [{ id: 'login', title: 'Login' }] },
    'missing-dependencies',
    'error',
    false,
  ],
  ['invalid org', { kind: 'invalid-org', org: 'my org!' }, 'invalid-org', 'error', false],
  [
    'token expired in the browser',
    { kind: 'token-expired', expiredAt: 1_700_000_000 },
    'token-expired',
    'error',
    false,
  ],
  ['login 400', http('login', 400), 'login-bad-request', 'error', false],
  ['login 401', http('login', 401, { message: INVALID_KEY }), 'login-unauthorized', 'error', false],
  ['login 401 as HTML', http('login', 401, { html: true }), 'login-unauthorized', 'error', false],
  ['login 404', http('login', 404), 'wrong-host', 'error', false],
  [
    'login 404 as an nginx page',
    http('login', 404, { html: true, htmlTitle: '404 Not Found' }),
    'wrong-host',
    'error',
    false,
  ],
  ['login 405', http('login', 405), 'method-not-allowed', 'error', false],
  ['login 429', http('login', 429, { retryAfterSeconds: 30 }), 'rate-limited', 'error', false],
  ['login 500', http('login', 500), 'server-error', 'error', false],
  ['login 502 as HTML', http('login', 502, { html: true }), 'server-error', 'error', false],
  ['login 503', http('login', 503), 'server-error', 'error', false],
  ['verify 401', http('verify', 401), 'token-rejected', 'error', false],
  [
    'verify 401 as an nginx page',
    http('verify', 401, { html: true, htmlTitle: '401 Authorization Required' }),
    'token-rejected',
    'error',
    false,
  ],
  [
    'verify 403',
    http('verify', 403, { message: 'No access granted for user in org x' }),
    'org-forbidden',
    'error',
    false,
  ],
  ['verify 404', http('verify', 404), 'wrong-host', 'error', false],
  ['verify 429', http('verify', 429), 'rate-limited', 'error', false],
  ['verify 504', http('verify', 504), 'server-error', 'error', false],
  [
    'login 400 as HTML (not the API)',
    http('login', 400, { html: true }),
    'html-instead-of-json',
    'error',
    false,
  ],
  [
    'login 405 as HTML (not the API)',
    http('login', 405, { html: true }),
    'html-instead-of-json',
    'error',
    false,
  ],
  ['login 403 as HTML', http('login', 403, { html: true }), 'html-instead-of-json', 'error', false],
  ['verify 400 as HTML', http('verify', 400, { html: true }), 'html-instead-of-json', 'error', false],
  ['login 418, JSON', http('login', 418), 'unexpected-status', 'error', false],
  ['verify 400, JSON', http('verify', 400), 'unexpected-status', 'error', false],
  [
    'login 2xx without user_id/token',
    body('login', false, ['user_id', 'token']),
    'incomplete-login-response',
    'error',
    false,
  ],
  ['login 2xx, not JSON', body('login', false, []), 'incomplete-login-response', 'error', false],
  [
    'login 2xx, an HTML page',
    body('login', true, ['user_id', 'token']),
    'html-instead-of-json',
    'error',
    false,
  ],
  [
    'verify 200 without experiments',
    body('verify', false, ['experiments']),
    'incomplete-verify-response',
    'error',
    false,
  ],
  ['verify 200, an HTML page', body('verify', true, []), 'html-instead-of-json', 'error', false],
  ['proxy timeout', proxy('timeout', 504), 'timeout', 'error', false],
  [
    'proxy unreachable',
    proxy('unreachable', 502, { code: 'ECONNREFUSED' }),
    'upstream-unreachable',
    'error',
    false,
  ],
  [
    'proxy unreachable, reset mid-answer',
    proxy('unreachable', 502, { code: 'ECONNRESET' }),
    'connection-dropped',
    'error',
    false,
  ],
  ['proxy upstream too large', proxy('upstream_too_large', 502), 'upstream-answer-unusable', 'error', false],
  ['proxy upstream redirect', proxy('upstream_redirect', 502), 'upstream-answer-unusable', 'error', false],
  ['proxy not found', proxy('not_found', 404), 'request-refused', 'error', false],
  ['proxy method not allowed', proxy('method_not_allowed', 405), 'request-refused', 'error', false],
  ['proxy payload too large', proxy('payload_too_large', 413), 'request-refused', 'error', false],
  ['proxy unsupported media type', proxy('unsupported_media_type', 415), 'request-refused', 'error', false],
  ['proxy bad request', proxy('bad_request', 400), 'request-refused', 'error', false],
  ['proxy forbidden origin', proxy('forbidden_origin', 403), 'request-refused', 'error', false],
  [
    'proxy rate limited',
    proxy('rate_limited', 429, { retryAfterSeconds: 12 }),
    'rate-limited',
    'error',
    false,
  ],
  ['proxy key required', proxy('key_required', 401), 'server-key-not-usable', 'error', false],
  [
    'proxy missing',
    { kind: 'proxy-missing', step: 'login', status: 404, durationMs: 3 },
    'proxy-missing',
    'error',
    false,
  ],
  [
    'app server unreachable',
    { kind: 'app-server-unreachable', step: 'verify', message: 'Failed to fetch' },
    'app-server-unreachable',
    'error',
    false,
  ],
  [
    'a bug in the notebook',
    { kind: 'unexpected-error', message: 'x is undefined' },
    'unexpected-error',
    'error',
    false,
  ],
];

describe('classifyFailure chooses the card', () => {
  it.each(cases)('%s', (_name, failure, cardId, severity, canOverride) => {
    const card = classifyFailure(failure);
    expect({ cardId: card.cardId, severity: card.severity, canOverride: card.canOverride }).toEqual({
      cardId,
      severity,
      canOverride,
    });
  });

  it('has a case for every kind of failure', () => {
    const covered = new Set(cases.map(([, failure]) => failure.kind));
    const allKinds: Record<FailureKind, true> = {
      'no-key': true,
      'key-problem': true,
      'missing-dependencies': true,
      'invalid-org': true,
      'token-expired': true,
      'http-error': true,
      'unexpected-body': true,
      'proxy-error': true,
      'proxy-missing': true,
      'app-server-unreachable': true,
      'unexpected-error': true,
    };
    expect([...covered].sort()).toEqual(Object.keys(allKinds).sort());
  });
});

function factsOf(card: CardModel): Record<string, string> {
  return Object.fromEntries(card.facts.map((fact) => [fact.label, fact.value]));
}

describe('classifyFailure states what happened', () => {
  it('a login 401: step, status, the API’s words and the time taken', () => {
    expect(factsOf(classifyFailure(http('login', 401, { message: INVALID_KEY })))).toEqual({
      Step: 'Log in (POST /api/v1/login)',
      Status: '401 Unauthorized',
      'The API said': INVALID_KEY,
      'Time taken': '312 ms',
    });
  });

  it('a 401 from nginx on verify: says the body was an HTML page, with its title', () => {
    const card = classifyFailure(
      http('verify', 401, { html: true, htmlTitle: '401 Authorization Required' }),
    );
    expect(factsOf(card).Answer).toBe('An HTML page titled "401 Authorization Required" instead of JSON');
  });

  it('a 429: when to try again, both as a fact and for the countdown', () => {
    const card = classifyFailure(http('login', 429, { retryAfterSeconds: 29.2, durationMs: 2400 }));
    expect(card.retryAfterSeconds).toBe(30);
    expect(factsOf(card)).toMatchObject({ 'Try again in': '30 s', 'Time taken': '2.4 s' });
    expect(card.facts.at(-1)?.label).toBe('Time taken');
  });

  it('an unreachable upstream: the error code in words', () => {
    const card = classifyFailure(proxy('unreachable', 502, { code: 'ECONNREFUSED' }));
    expect(factsOf(card)).toMatchObject({
      Status: '502 Bad Gateway',
      "The app's server said": 'proxy said unreachable',
      'Error code': 'ECONNREFUSED: the host refused the connection',
    });
  });

  it('an incomplete login answer: the fields that were missing', () => {
    expect(factsOf(classifyFailure(body('login', false, ['user_id', 'token'])))).toMatchObject({
      Status: '201 Created',
      'Missing from the answer': 'user_id, token',
    });
  });

  it('key problems: where the key came from and every problem, in words', () => {
    const card = classifyFailure({
      kind: 'key-problem',
      problems: ['surrounding-quotes', 'inner-whitespace'],
      source: 'server',
      blocking: true,
    });
    expect(factsOf(card)).toEqual({
      'Key from': "MONAI_API_KEY on the app's server",
      'Found in the key': 'quotes around it; a space or line break inside it',
    });
  });

  it('missing dependencies: which cells to run first', () => {
    const failure: Failure = {
      kind: 'missing-dependencies',
      missing: [
        { id: 'a', title: 'Setup' },
        { id: 'b', title: 'Login' },
      ],
    };
    expect(factsOf(classifyFailure(failure))['Run these cells first']).toBe('Setup, Login');
  });

  it('an expired token: when, in UTC', () => {
    expect(factsOf(classifyFailure({ kind: 'token-expired', expiredAt: 1_700_000_000 }))).toEqual({
      'Token expired at': '2023-11-14 22:13 UTC',
    });
  });
});

describe('classifyFailure without the cell’s rules', () => {
  it('gives a request failure the generic cards and names the step as the client did', () => {
    const card = classifyWithRules(http('login', 401, { message: INVALID_KEY }));
    expect(card.cardId).toBe('unexpected-status');
    expect(factsOf(card).Step).toBe('login');
    expect(classifyWithRules(body('verify', false, ['experiments'])).cardId).toBe('unexpected-status');
  });

  it('lets a cell’s rule choose the card for a status and name the step', () => {
    const rules: RequestRules = {
      stepName: 'List datasets (GET …/datasets)',
      statusCards: { 401: { cardId: 'token-rejected', keepWhenHtml: true } },
      incompleteAnswerCard: 'incomplete-verify-response',
    };
    const card = classifyWithRules(http('datasets', 401), rules);
    expect([card.cardId, factsOf(card).Step]).toEqual(['token-rejected', 'List datasets (GET …/datasets)']);
  });
});

describe('classifyFailure never shows a secret', () => {
  const personalKey = 'nvapi-' + 'q7_Z-'.repeat(12) + 'abcd';
  const legacyKey = 'Zm9vYmFy'.repeat(10) + 'YmF6';
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlc2lnbmF0dXJl';
  const echo = `Invalid NGC_API_KEY ${personalKey} / ${legacyKey} / Bearer ${jwt}`;
  const leaky: Failure[] = [
    http('login', 401, { message: echo }),
    http('verify', 401, { html: true, htmlTitle: echo, message: echo }),
    {
      kind: 'proxy-error',
      step: 'login',
      status: 502,
      proxyKind: 'unreachable',
      message: echo,
      code: personalKey,
      durationMs: 1,
    },
    { kind: 'invalid-org', org: personalKey },
    { kind: 'missing-dependencies', missing: [{ id: 'x', title: jwt }] },
    { kind: 'unexpected-body', step: 'login', status: 201, missingFields: [jwt], html: false, durationMs: 1 },
    { kind: 'app-server-unreachable', step: 'login', message: echo },
    { kind: 'unexpected-error', message: echo },
    key(['unknown-shape'], false),
  ];
  const secretShapes = [/nvapi-[A-Za-z0-9_-]{4,}/i, /eyJ[A-Za-z0-9_-]{4,}/, /[A-Za-z0-9]{32,}/, /q7_Z/];

  it.each(leaky.map((failure) => [failure.kind, failure] as const))('%s', (_kind, failure) => {
    for (const fact of classifyFailure(failure).facts) {
      for (const shape of secretShapes) expect(fact.value).not.toMatch(shape);
    }
  });
});
