// Test support: a real nginx as the load balancer in front of app replicas, as a workshop behind one would run:
// round-robin, the Host header kept (the app checks it), X-Forwarded-For appended (TRUST_PROXY_HOPS=1), and
// server-sent events passed through. Each answer's replica is written to upstream.log.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { nginxConfigIn, startNginxWithConfig } from '../scripts/bench/nginx.ts';

export const NGINX = 'nginx';

export function requireNginx(): void {
  if (spawnSync(NGINX, ['-v'], { stdio: 'ignore' }).status !== 0) {
    throw new Error('nginx is missing: apt-get install nginx (.ci/run does it on CI).');
  }
}

export function balancerConfig(dir: string, port: number, replicaUrls: string[]): string {
  const servers = replicaUrls.map((url) => {
    const { hostname, port: replicaPort } = new URL(url);
    if (hostname !== '127.0.0.1') throw new Error('The test balancer forwards only to 127.0.0.1.');
    return `server 127.0.0.1:${replicaPort};`;
  });
  return nginxConfigIn(
    dir,
    1024,
    `  log_format upstream '$request_method $uri $status $upstream_addr';
  access_log ${join(dir, 'upstream.log')} upstream;
  upstream replicas { ${servers.join(' ')} }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://replicas;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
`,
  );
}

export async function startBalancer(dir: string, replicaUrls: string[]) {
  requireNginx();
  return startNginxWithConfig(dir, (port) => balancerConfig(dir, port, replicaUrls));
}
