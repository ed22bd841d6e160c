// Test support: a real redis-server from Debian's package on a free loopback port, with nothing saved to disk.
import { spawnSync } from 'node:child_process';
import { freePort, startSpawnedServer, type SpawnedServer } from './spawned-server.ts';

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

/** Throws a line saying how to install it, so a missing package is not mistaken for a failing room. */
export function requireRedisServer(): void {
  if (spawnSync(REDIS_SERVER, ['--version'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(`${REDIS_SERVER} is missing: apt-get install redis-server (.ci/run does it on CI).`);
  }
}

export async function startRedisServer(): Promise<SpawnedServer> {
  requireRedisServer();
  const port = await freePort();
  return startSpawnedServer({
    command: REDIS_SERVER,
    args: [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      '/tmp',
    ],
    port,
    url: `redis://127.0.0.1:${port}`,
    failure: `redis-server did not start on port ${port}.`,
  });
}
