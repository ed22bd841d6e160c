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

// Patterns are compiled once: the proxy matches and fills one on every request, on its hot path.
interface CompiledPattern {
  pattern: string;
  /** The whole pattern when it has no placeholder: matched by comparing strings. */
  literal: string | null;
  regex: RegExp;
  keys: (keyof PathParams)[];
  /** The text around the placeholders: literals[i], keys[i], literals[i + 1]… */
  literals: string[];
}

function compile(pattern: string): CompiledPattern {
  const pieces = pattern.split(/\{(\w+)\}/);
  const literals = pieces.filter((_, i) => i % 2 === 0);
  const keys = pieces.filter((_, i) => i % 2 === 1) as (keyof PathParams)[];
  const escaped = literals.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const regex = new RegExp(`^${escaped.join('([^/?#]+)')}$`);
  return { pattern, literal: keys.length === 0 ? pattern : null, regex, keys, literals };
}

function fill(compiled: CompiledPattern, params: PathParams, encode: (value: string) => string): string {
  const { keys, literals } = compiled;
  let path = literals[0]!;
  for (let i = 0; i < keys.length; i++) {
    const value = params[keys[i]!];
    if (value === undefined) throw new Error(`No value for {${keys[i]}} in ${compiled.pattern}`);
    path += encode(value) + literals[i + 1]!;
  }
  return path;
}

const proxyRoutes = endpointNames.map((name) => ({ name, compiled: compile(proxyPattern(name)) }));
const upstreamRoutes = endpointNames.flatMap((name) => {
  const { upstream } = endpoints[name] as EndpointRow;
  return upstream === null ? [] : [{ name: name as ApiEndpointName, compiled: compile(upstream) }];
});
const compiledProxy = Object.fromEntries(proxyRoutes.map((r) => [r.name, r.compiled])) as Record<
  EndpointName,
  CompiledPattern
>;
const compiledUpstream = Object.fromEntries(upstreamRoutes.map((r) => [r.name, r.compiled])) as Record<
  ApiEndpointName,
  CompiledPattern
>;
const asIs = (value: string) => value;

/** The browser's URL for an endpoint, e.g. proxyPath('experiments', { org }). */
export function proxyPath(name: EndpointName, params: PathParams = {}): string {
  return fill(compiledProxy[name], params, encodeURIComponent);
}

/** The path on the API host; params must already have passed matchProxyTarget's checks. */
export function upstreamPath(name: ApiEndpointName, params: PathParams = {}): string {
  return fill(compiledUpstream[name], params, asIs);
}

export interface MatchedEndpoint {
  name: EndpointName;
  params: PathParams;
}

/** The placeholders' raw values, or null when `path` is not this pattern. */
function rawParams(compiled: CompiledPattern, path: string): string[] | null {
  if (compiled.literal !== null) return path === compiled.literal ? [] : null;
  const match = compiled.regex.exec(path);
  return match ? match.slice(1) : null;
}

/**
 * Which endpoint a raw request target under PROXY_PREFIX names, matched exactly: no prefix matching, no
 * normalising of `..` or `//`, no query string; each placeholder decoded once and checked against its pattern.
 */
export function matchProxyTarget(target: string): MatchedEndpoint | null {
  if (target.includes('?') || target.includes('#')) return null;
  for (const { name, compiled } of proxyRoutes) {
    const raw = rawParams(compiled, target);
    if (!raw) continue;
    const params: PathParams = {};
    for (let i = 0; i < raw.length; i++) {
      const key = compiled.keys[i]!;
      let value = raw[i]!;
      try {
        if (value.includes('%')) value = decodeURIComponent(value);
      } catch {
        return null;
      }
      if (!PARAM_PATTERNS[key].test(value)) return null;
      params[key] = value;
    }
    return { name, params };
  }
  return null;
}

/** Which endpoint a path on the API host names (the fake API's routing); a query string is ignored. */
export function matchUpstreamPath(path: string): { name: ApiEndpointName; params: PathParams } | null {
  const bare = path.split('?')[0] ?? '';
  for (const { name, compiled } of upstreamRoutes) {
    const raw = rawParams(compiled, bare);
    if (raw) return { name, params: Object.fromEntries(compiled.keys.map((key, i) => [key, raw[i]])) };
  }
  return null;
}
