// The classifier's generic tables: which card each proxy error and key problem gets, whatever the cell. Kept
// apart from the logic in classify-failure.ts so the mapping reads as data. Which card an upstream status gets
// depends on the cell's request, so that table lives with each cell (RequestRules, request-rules.ts).
import type { KeyProblem, ProxyErrorKind } from '../api/contract.ts';
import type { CardId } from './card-ids.ts';

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
  placeholder: 'it is a placeholder such as <YOUR_API_KEY>, not a real key',
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
