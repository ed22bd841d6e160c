import { describe, expect, it } from 'vitest';
import { endpointNames, endpoints, matchUpstreamPath, proxyPath, upstreamPath } from './endpoints.ts';

describe('the endpoint table', () => {
  it('gives each call its proxy route and its path on the API host', () => {
    expect(proxyPath('config')).toBe('/proxy/config');
    expect(proxyPath('login')).toBe('/proxy/api/v1/login');
    expect(upstreamPath('login')).toBe('/api/v1/login');
    expect(proxyPath('experiments', { org: 'my_org-2' })).toBe('/proxy/api/v1/orgs/my_org-2/experiments');
    expect(upstreamPath('experiments', { org: 'my_org-2' })).toBe('/api/v1/orgs/my_org-2/experiments');
  });

  it('encodes an org in the browser’s URL, so a slash cannot change the route', () => {
    expect(proxyPath('experiments', { org: 'a/b' })).toBe('/proxy/api/v1/orgs/a%2Fb/experiments');
  });

  it('refuses to build a path without its placeholder values', () => {
    expect(() => proxyPath('experiments')).toThrow('No value for {org}');
  });

  it('routes the fake API’s paths back to their rows, ignoring a query string', () => {
    expect(matchUpstreamPath('/api/v1/login')).toEqual({ name: 'login', params: {} });
    expect(matchUpstreamPath('/api/v1/orgs/x/experiments?limit=1')).toEqual({
      name: 'experiments',
      params: { org: 'x' },
    });
    expect(matchUpstreamPath('/api/v1/orgs/x/experiments/1')).toBeNull();
    expect(matchUpstreamPath('/proxy/config')).toBeNull();
  });

  it('has one method per route, and only the proxy’s own routes lack an upstream path', () => {
    for (const name of endpointNames) {
      const row = endpoints[name];
      expect(['GET', 'POST']).toContain(row.method);
      expect(row.upstream === null).toBe(row.auth === 'none');
    }
  });
});
