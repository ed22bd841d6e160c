// nginx `proxy_pass` to the fake upstream, as the reference the issue quotes (0.73× direct): one worker
// (the Node proxy has one event loop too), pooled keep-alive upstream connections, all files in a temp dir.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, startSpawnedServer, type SpawnedServer } from '../../server/spawned-server.ts';

export function nginxOnPath(): boolean {
  return spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;
}

/**
 * A config for one worker that reads and writes nothing outside `dir` (pid, logs and nginx's temp folders, which
 * would otherwise be its compiled-in ones); `http` is the rest of the http block.
 */
export function nginxConfigIn(dir: string, workerConnections: number, http: string): string {
  const tempPaths = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (name) => `  ${name}_temp_path ${join(dir, name)};`,
  );
  return `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections ${workerConnections}; }
http {
${tempPaths.join('\n')}
${http}}
`;
}

/** The whole config: nothing outside `dir` is read or written, and only 127.0.0.1 is listened on. */
export function nginxConfig(options: { dir: string; port: number; upstreamUrl: string }): string {
  const { dir, port } = options;
  const upstream = new URL(options.upstreamUrl);
  if (upstream.hostname !== '127.0.0.1') throw new Error('nginx proxies only to 127.0.0.1 in the bench.');
  return nginxConfigIn(
    dir,
    4096,
    `  access_log ${join(dir, 'access.log')};
  upstream monai { server 127.0.0.1:${upstream.port}; keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://monai;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
`,
  );
}

export function startNginx(dir: string, upstreamUrl: string): Promise<SpawnedServer> {
  return startNginxWithConfig(dir, (port) => nginxConfig({ dir, port, upstreamUrl }));
}

/** nginx with the config `configFor(port)`, which must keep every path inside `dir` and listen on `port`. */
export async function startNginxWithConfig(
  dir: string,
  configFor: (port: number) => string,
): Promise<SpawnedServer> {
  const port = await freePort();
  const configPath = join(dir, 'nginx.conf');
  await writeFile(configPath, configFor(port));
  return startSpawnedServer({
    command: 'nginx',
    args: ['-p', dir, '-c', configPath, '-e', join(dir, 'error.log')],
    port,
    url: `http://127.0.0.1:${port}`,
    failure: `nginx did not start; see ${join(dir, 'error.log')}.`,
  });
}
