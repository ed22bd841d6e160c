import { describe, expect, it } from 'vitest';
import { matchProxyRoute, type ProxyRoute } from './proxy-routes.ts';

const notFound: ProxyRoute = { name: 'not_found' };

describe('matchProxyRoute', () => {
  it.each<[string, ProxyRoute]>([
    ['/proxy/config', { name: 'config', params: {} }],
    ['/proxy/api/v1/login', { name: 'login', params: {} }],
    ['/proxy/api/v1/orgs/iasixjqzw1hj/experiments', { name: 'experiments', params: { org: 'iasixjqzw1hj' } }],
    ['/proxy/api/v1/orgs/my_org-2/experiments', { name: 'experiments', params: { org: 'my_org-2' } }],
    ['/proxy/api/v1/orgs/%61bc/experiments', { name: 'experiments', params: { org: 'abc' } }],
    [
      `/proxy/api/v1/orgs/${'a'.repeat(64)}/experiments`,
      { name: 'experiments', params: { org: 'a'.repeat(64) } },
    ],
    // Exact, not prefix
    ['/proxy/api/v1/loginX', notFound],
    ['/proxy/api/v1/loginX/secret', notFound],
    ['/proxy/api/v1/login/', notFound],
    ['/proxy/api/v1/login/../login', notFound],
    ['/proxy/config/', notFound],
    ['/proxy/configX', notFound],
    ['/proxy', notFound],
    ['/proxy/', notFound],
    ['/proxy/api/v1/orgs/iasixjqzw1hj/experiments/', notFound],
    ['/proxy/api/v1/orgs/iasixjqzw1hj/experiments/123', notFound],
    ['/proxy/api/v1/orgs/iasixjqzw1hj/experimentsX', notFound],
    ['/proxy/api/v1/orgs/iasixjqzw1hj/datasets', notFound],
    // Dot segments, doubled and encoded slashes are never normalised into a route
    ['/proxy/api/v1/../v1/login', notFound],
    ['/proxy/api/v1/%2e%2e/v1/login', notFound],
    ['/proxy/api/v1/./login', notFound],
    ['/proxy//api/v1/login', notFound],
    ['/proxy/api/v1%2flogin', notFound],
    ['/proxy/api/v1/orgs/../login/experiments', notFound],
    ['/proxy/api/v1/orgs/%2e%2e/experiments', notFound],
    ['/proxy/api/v1/orgs/../../../login%23/experiments', notFound],
    // Query strings and fragments
    ['/proxy/api/v1/login?x=1', notFound],
    ['/proxy/config?', notFound],
    ['/proxy/api/v1/orgs/iasixjqzw1hj/experiments?limit=1', notFound],
    ['/proxy/api/v1/login#frag', notFound],
    ['/proxy?x', notFound],
    // Orgs that would change the upstream path or host
    ['/proxy/api/v1/orgs/a%2Fb/experiments', notFound],
    ['/proxy/api/v1/orgs/a%2fb/experiments', notFound],
    ['/proxy/api/v1/orgs/a%252Fb/experiments', notFound],
    ['/proxy/api/v1/orgs/a/b/experiments', notFound],
    ['/proxy/api/v1/orgs/a%3Fx/experiments', notFound],
    ['/proxy/api/v1/orgs/a%23x/experiments', notFound],
    ['/proxy/api/v1/orgs/a@evil.example/experiments', notFound],
    ['/proxy/api/v1/orgs/a%40evil/experiments', notFound],
    ['/proxy/api/v1/orgs/a%00/experiments', notFound],
    ['/proxy/api/v1/orgs/a%/experiments', notFound],
    ['/proxy/api/v1/orgs/%E2%9C%93/experiments', notFound],
    ['/proxy/api/v1/orgs/a%20b/experiments', notFound],
    [`/proxy/api/v1/orgs/${'a'.repeat(65)}/experiments`, notFound],
    ['/proxy/api/v1/orgs//experiments', notFound],
    // Not ours, or not a path at all
    ['/', { name: 'not_proxy' }],
    ['/index.html', { name: 'not_proxy' }],
    ['/proxyX/api/v1/login', { name: 'not_proxy' }],
    ['/%70roxy/api/v1/login', { name: 'not_proxy' }],
    ['//proxy/api/v1/login', { name: 'not_proxy' }],
    ['/api/v1/login', { name: 'not_proxy' }],
    ['http://169.254.169.254/latest/meta-data/', { name: 'not_origin_form' }],
    ['http://127.0.0.1/proxy/api/v1/login', { name: 'not_origin_form' }],
    ['*', { name: 'not_origin_form' }],
    ['', { name: 'not_origin_form' }],
  ])('%s', (target, expected) => {
    expect(matchProxyRoute(target)).toEqual(expected);
  });
});
