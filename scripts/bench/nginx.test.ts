import { describe, expect, it } from 'vitest';
import { nginxConfig } from './nginx.ts';

describe('nginxConfig', () => {
  const config = nginxConfig({
    dir: '/tmp/bench-nginx-x',
    port: 40123,
    upstreamUrl: 'http://127.0.0.1:39999',
  });

  it('listens on loopback only, on the given port, and pools keep-alive connections to the fake', () => {
    expect(config.match(/listen [^;]+;/g)).toEqual(['listen 127.0.0.1:40123;']);
    expect(config).toContain('server 127.0.0.1:39999; keepalive 32;');
    expect(config).toContain('proxy_set_header Connection "";');
  });

  it('reads and writes nothing outside its temp dir', () => {
    const paths = config.match(/(?<=\s)\/[^\s;]+/g) ?? [];
    expect(paths.length).toBeGreaterThan(5);
    for (const path of paths) expect(path.startsWith('/tmp/bench-nginx-x/')).toBe(true);
  });

  it('refuses an upstream that is not on this machine', () => {
    expect(() => nginxConfig({ dir: '/tmp/x', port: 1, upstreamUrl: 'http://10.0.0.5:80' })).toThrow(
      /127\.0\.0\.1/,
    );
  });
});
