// The endpoints the notebook calls, one row each. The proxy's routes (server/proxy-routes.ts), the demo's msw
// handlers (src/mocks/handlers.ts) and the fake API (src/api/monai-behaviour.ts) are all derived from these
// rows, so a new call such as `GET {base_url}/datasets` is one more row here (and, for the fake, a sample
// listing in monai-behaviour-bodies.ts if the empty list is not enough).
import { ORG_PATTERN } from './contract.ts';

/** Every proxy route starts with this, on the app's own origin. */
export const PROXY_PREFIX = '/proxy';

/**
 * none: the proxy answers by itself. key-in-body: the NGC key travels in a JSON body (the proxy may add the
 * server's key, so it checks the origin and rate-limits). bearer: `Authorization: Bearer <JWT>` is passed on.
 */
export type EndpointAuth = 'none' | 'key-in-body' | 'bearer';

export interface EndpointRow {
  method: 'GET' | 'POST';
  /** Path on the API host; `{org}` stands for an org (ORG_PATTERN). null: the proxy's own route. */
  upstream: string | null;
  auth: EndpointAuth;
  /** json-object: a JSON object of at most MAX_REQUEST_BODY_BYTES; none: nothing is passed on. */
  body: 'none' | 'json-object';
}

export const endpoints = {
  config: { method: 'GET', upstream: null, auth: 'none', body: 'none' },
  login: { method: 'POST', upstream: '/api/v1/login', auth: 'key-in-body', body: 'json-object' },
  experiments: { method: 'GET', upstream: '/api/v1/orgs/{org}/experiments', auth: 'bearer', body: 'none' },
} as const satisfies Record<string, EndpointRow>;

export type EndpointName = keyof typeof endpoints;
export const endpointNames = Object.keys(endpoints) as EndpointName[];
/** The endpoints that reach the API (not the proxy's own). */
export type ApiEndpointName = {
  [N in EndpointName]: (typeof endpoints)[N]['upstream'] extends string ? N : never;
}[EndpointName];

/** Values for the `{name}` placeholders of a path. */
export type PathParams = { org?: string };
const PARAM_PATTERNS: Record<keyof PathParams, RegExp> = { org: ORG_PATTERN };

/** The route on the app's origin: the API path under PROXY_PREFIX, or PROXY_PREFIX/<name> for the proxy's own. */
export function proxyPattern(name: EndpointName): string {
  const { upstream } = endpoints[name] as EndpointRow;
  return upstream === null ? `${PROXY_PREFIX}/${name}` : `${PROXY_PREFIX}${upstream}`;
}

function fill(pattern: string, params: PathParams, encode: (value: string) => string): string {
  return pattern.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key as keyof PathParams];
    if (value === undefined) throw new Error(`No value for {${key}} in ${pattern}`);
    return encode(value);
  });
}

/** The browser's URL for an endpoint, e.g. proxyPath('experiments', { org }). */
export function proxyPath(name: EndpointName, params: PathParams = {}): string {
  return fill(proxyPattern(name), params, encodeURIComponent);
}

/** The path on the API host; params must already have passed matchProxyTarget's checks. */
export function upstreamPath(name: ApiEndpointName, params: PathParams = {}): string {
  return fill(endpoints[name].upstream, params, (value) => value);
}

export interface MatchedEndpoint {
  name: EndpointName;
  params: PathParams;
}

function matcher(pattern: string): (path: string) => PathParams | null {
  const keys: (keyof PathParams)[] = [];
  const source = pattern
    .split(/\{(\w+)\}/)
    .map((part, index) => {
      if (index % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      keys.push(part as keyof PathParams);
      return '([^/?#]+)';
    })
    .join('');
  const regex = new RegExp(`^${source}$`);
  return (path) => {
    const match = regex.exec(path);
    if (!match) return null;
    return Object.fromEntries(keys.map((key, i) => [key, match[i + 1]!]));
  };
}

const proxyMatchers = endpointNames.map((name) => ({ name, match: matcher(proxyPattern(name)) }));
const upstreamMatchers = endpointNames.flatMap((name) => {
  const { upstream } = endpoints[name] as EndpointRow;
  return upstream === null ? [] : [{ name: name as ApiEndpointName, match: matcher(upstream) }];
});

/**
 * Which endpoint a raw request target under PROXY_PREFIX names, matched exactly: no prefix matching, no
 * normalising of `..` or `//`, no query string; each placeholder decoded once and checked against its pattern.
 */
export function matchProxyTarget(target: string): MatchedEndpoint | null {
  if (/[?#]/.test(target)) return null;
  for (const { name, match } of proxyMatchers) {
    const raw = match(target);
    if (!raw) continue;
    const params: PathParams = {};
    for (const [key, value] of Object.entries(raw) as [keyof PathParams, string][]) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        return null;
      }
      if (!PARAM_PATTERNS[key].test(decoded)) return null;
      params[key] = decoded;
    }
    return { name, params };
  }
  return null;
}

/** Which endpoint a path on the API host names (the fake API's routing); a query string is ignored. */
export function matchUpstreamPath(path: string): { name: ApiEndpointName; params: PathParams } | null {
  const bare = path.split('?')[0] ?? '';
  for (const { name, match } of upstreamMatchers) {
    const params = match(bare);
    if (params) return { name, params };
  }
  return null;
}
