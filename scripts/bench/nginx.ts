// nginx `proxy_pass` to the fake upstream, as the reference the issue quotes (0.73× direct): one worker
// (the Node proxy has one event loop too), pooled keep-alive upstream connections, all files in a temp dir.
import { spawn, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

export function nginxOnPath(): boolean {
  return spawnSync('nginx', ['-v'], { stdio: 'ignore' }).status === 0;
}

/** The whole config: nothing outside `dir` is read or written, and only 127.0.0.1 is listened on. */
export function nginxConfig(options: { dir: string; port: number; upstreamUrl: string }): string {
  const { dir, port } = options;
  const upstream = new URL(options.upstreamUrl);
  if (upstream.hostname !== '127.0.0.1') throw new Error('nginx proxies only to 127.0.0.1 in the bench.');
  return `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log ${join(dir, 'access.log')};
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  upstream monai { server 127.0.0.1:${upstream.port}; keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://monai;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
`;
}

/** A port nothing listened on a moment ago (nginx cannot listen on port 0 and say which port it got). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
  });
}

export function startNginx(
  dir: string,
  upstreamUrl: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  return startNginxWithConfig(dir, (port) => nginxConfig({ dir, port, upstreamUrl }));
}

/** nginx with the config `configFor(port)`, which must keep every path inside `dir` and listen on `port`. */
export async function startNginxWithConfig(
  dir: string,
  configFor: (port: number) => string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const configPath = join(dir, 'nginx.conf');
  await writeFile(configPath, configFor(port));
  const child = spawn('nginx', ['-p', dir, '-c', configPath, '-e', join(dir, 'error.log')], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let tries = 0; tries < 50; tries++) {
    if (child.exitCode !== null) break;
    if (await accepts(port)) return { url: `http://127.0.0.1:${port}`, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`nginx did not start; see ${join(dir, 'error.log')}.`);
}
