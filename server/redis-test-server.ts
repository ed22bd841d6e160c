// Test support: a real redis-server from Debian's package on a free loopback port, with nothing saved to disk.
import { spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from '../scripts/bench/nginx.ts';

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

/** Throws a line saying how to install it, so a missing package is not mistaken for a failing room. */
export function requireRedisServer(): void {
  if (spawnSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(`${REDIS_SERVER} is missing: apt-get install redis-server (.ci/run does it on CI).`);
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.end() && true));
    socket.once('error', () => resolve(false));
  });
}

export async function startRedisServer(): Promise<{ url: string; stop(): Promise<void> }> {
  requireRedisServer();
  const port = await freePort();
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', '/tmp'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let tries = 0; tries < 50; tries++) {
    if (child.exitCode !== null) break;
    if (await accepts(port)) return { url: `redis://127.0.0.1:${port}`, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`redis-server did not start on port ${port}.`);
}
