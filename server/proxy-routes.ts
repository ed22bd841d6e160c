// Which proxy route a request target names, matched exactly on the raw target: no prefix matching, no
// normalising of `..` or `//`, no query strings, and the org decoded once and checked against ORG_PATTERN.
import { ORG_PATTERN, proxyRoutes } from '../src/api/contract.ts';

export type ProxyRoute =
  | { name: 'config' }
  | { name: 'login' }
  | { name: 'experiments'; org: string }
  | { name: 'not_found' }
  /** Not under /proxy: the caller serves it. */
  | { name: 'not_proxy' }
  /** Absolute-form (`GET http://host/… HTTP/1.1`) or asterisk-form: what a forward proxy gets. */
  | { name: 'not_origin_form' };

const EXPERIMENTS_ROUTE = /^\/proxy\/api\/v1\/orgs\/([^/]+)\/experiments$/;

export function matchProxyRoute(target: string): ProxyRoute {
  if (!target.startsWith('/')) return { name: 'not_origin_form' };
  if (!/^\/proxy(?:[/?#]|$)/.test(target)) return { name: 'not_proxy' };
  if (/[?#]/.test(target)) return { name: 'not_found' };
  if (target === proxyRoutes.config) return { name: 'config' };
  if (target === proxyRoutes.login) return { name: 'login' };
  const encodedOrg = EXPERIMENTS_ROUTE.exec(target)?.[1];
  if (encodedOrg === undefined) return { name: 'not_found' };
  try {
    const org = decodeURIComponent(encodedOrg);
    return ORG_PATTERN.test(org) ? { name: 'experiments', org } : { name: 'not_found' };
  } catch {
    return { name: 'not_found' };
  }
}
