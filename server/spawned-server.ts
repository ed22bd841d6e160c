// Test and bench support: a server program (redis-server, nginx) spawned on a free 127.0.0.1 port, waited for
// until it accepts connections, and stopped with SIGTERM. Such programs cannot listen on port 0 and say which
// port they got, so the port is chosen first.
import { spawn } from 'node:child_process';
import { connect, createServer, type AddressInfo } from 'node:net';

export interface SpawnedServer {
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listened on a moment ago. */
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

/**
 * Spawns `command args` and resolves once `port` accepts connections (about 5 s at most). If the program exits
 * or never listens, it is stopped and the promise rejects with `failure`, which says where to look.
 */
export async function startSpawnedServer(options: {
  command: string;
  args: string[];
  port: number;
  url: string;
  failure: string;
}): Promise<SpawnedServer> {
  const child = spawn(options.command, options.args, { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  for (let tries = 0; tries < 50; tries++) {
    if (child.exitCode !== null) break;
    if (await accepts(options.port)) return { url: options.url, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(options.failure);
}
