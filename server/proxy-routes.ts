// Which proxy route a request target names, from the endpoint table (src/api/endpoints.ts), matched exactly
// on the raw target; see matchProxyTarget for what "exactly" rules out.
import { PROXY_PREFIX, matchProxyTarget, type MatchedEndpoint } from '../src/api/endpoints.ts';

export type ProxyRoute =
  | MatchedEndpoint
  | { name: 'not_found' }
  /** Not under /proxy: the caller serves it. */
  | { name: 'not_proxy' }
  /** Absolute-form (`GET http://host/… HTTP/1.1`) or asterisk-form: what a forward proxy gets. */
  | { name: 'not_origin_form' };

const UNDER_PROXY = new RegExp(`^${PROXY_PREFIX}(?:[/?#]|$)`);

export function matchProxyRoute(target: string): ProxyRoute {
  if (!target.startsWith('/')) return { name: 'not_origin_form' };
  if (!UNDER_PROXY.test(target)) return { name: 'not_proxy' };
  return matchProxyTarget(target) ?? { name: 'not_found' };
}
