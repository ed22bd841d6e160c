// The classifier's tables: which card each status, proxy error and key problem gets. Kept apart from the
// logic in classify-failure.ts so the mapping reads as data and can be checked against content/ in tests.
import type { KeyProblem, ProxyErrorKind } from '../api/contract.ts';
import type { CardId } from './card-ids.ts';
import type { RequestStep } from './failure.ts';

export interface StatusRule {
  cardId: CardId;
  /**
   * Whether the card still fits when the body was an HTML page. The API's own 400 and 405 answers are JSON,
   * so an HTML one means something else answered; a 401, 404, 429 or 5xx means the same from nginx.
   */
  keepWhenHtml: boolean;
}

/** Which card an upstream status gets, per step; '5xx' covers 500–599. */
export const httpErrorRules: Record<RequestStep, Partial<Record<number | '5xx', StatusRule>>> = {
  login: {
    400: { cardId: 'login-bad-request', keepWhenHtml: false },
    401: { cardId: 'login-unauthorized', keepWhenHtml: true },
    404: { cardId: 'wrong-host', keepWhenHtml: true },
    405: { cardId: 'method-not-allowed', keepWhenHtml: false },
    429: { cardId: 'rate-limited', keepWhenHtml: true },
    '5xx': { cardId: 'server-error', keepWhenHtml: true },
  },
  verify: {
    // The ingress answers a bad token with nginx's HTML "401 Authorization Required": still a rejected token.
    401: { cardId: 'token-rejected', keepWhenHtml: true },
    403: { cardId: 'org-forbidden', keepWhenHtml: true },
    404: { cardId: 'wrong-host', keepWhenHtml: true },
    405: { cardId: 'method-not-allowed', keepWhenHtml: false },
    429: { cardId: 'rate-limited', keepWhenHtml: true },
    '5xx': { cardId: 'server-error', keepWhenHtml: true },
  },
};

/** Which card each error the proxy makes itself gets. */
export const proxyErrorCards: Record<ProxyErrorKind, CardId> = {
  timeout: 'timeout',
  unreachable: 'upstream-unreachable',
  upstream_too_large: 'upstream-answer-unusable',
  upstream_redirect: 'upstream-answer-unusable',
  upstream_invalid: 'upstream-answer-unusable',
  not_found: 'request-refused',
  method_not_allowed: 'request-refused',
  payload_too_large: 'request-refused',
  unsupported_media_type: 'request-refused',
  bad_request: 'request-refused',
  rate_limited: 'rate-limited',
  forbidden_origin: 'request-refused',
  key_required: 'server-key-not-usable',
};

export const keyProblemWords: Record<KeyProblem, string> = {
  empty: 'it is empty',
  placeholder: 'it is the placeholder <YOUR_API_KEY>, not a real key',
  'surrounding-whitespace': 'spaces or line breaks before or after it',
  'surrounding-quotes': 'quotes around it',
  'export-prefix': 'it starts with "export MONAI_API_KEY="',
  'inner-whitespace': 'a space or line break inside it',
  'unknown-shape':
    'it looks like neither a personal key ("nvapi-" and 64 more characters) nor a legacy key (84 letters and digits)',
};

export const cleaningProblems: readonly KeyProblem[] = [
  'surrounding-whitespace',
  'surrounding-quotes',
  'export-prefix',
  'inner-whitespace',
];
