// `npm start`: the built app and its proxy from one node:http server, with security headers on every answer.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkKey } from '../src/secrets/key-checks.ts';
import { keyFingerprint } from '../src/secrets/mask.ts';
import { isLoopbackHost } from './client-address.ts';
import { readServerEnv, ServerEnvError, type ServerEnv } from './env.ts';
import { createProxy } from './proxy.ts';
import { redisDisplayName } from './redis-connection.ts';
import { openReplicaState, type OwnerCheck } from './replica-state.ts';
import { batchedStdoutLogger, type ProxyLogger } from './request-log.ts';
import { securityHeaders, setSecurityHeaders } from './security-headers.ts';
import { createStaticHandler } from './static-files.ts';

export const DEFAULT_APP_PORT = 4173;
const DEFAULT_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

export interface AppServer {
  url: string;
  env: ServerEnv;
  close(): Promise<void>;
}

export class MissingBuildError extends Error {
  override name = 'MissingBuildError';
}

export async function startAppServer(
  opts: {
    env?: Record<string, string | undefined>;
    distDir?: string;
    port?: number;
    host?: string;
    log?: ProxyLogger;
    /** Who may see the workshop dashboard; without one, nobody. */
    isWorkshopOwner?: OwnerCheck;
  } = {},
): Promise<AppServer> {
  const env = readServerEnv(opts.env ?? process.env);
  const distDir = opts.distDir ?? DEFAULT_DIST_DIR;
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new MissingBuildError(`No built app in ${distDir}: run \`npm run build\` first.`);
  }
  const state = await openReplicaState(env, {
    isWorkshopOwner: opts.isWorkshopOwner,
    answerHeaders: securityHeaders,
  });
  // The proxy writes the security headers into each of its answers itself, in the same writeHead.
  const proxy = createProxy({
    ...env,
    log: opts.log ?? batchedStdoutLogger(),
    answerHeaders: securityHeaders,
    loginLimiter: state.loginLimiter,
  });
  const serveStatic = createStaticHandler(distDir);

  const server = createServer((req, res) => {
    proxy
      .handle(req, res)
      .then((handled) => handled || state.room.handle(req, res))
      .then((handled) => {
        if (handled) return;
        setSecurityHeaders(res);
        return serveStatic(req, res);
      })
      .catch(() => {
        if (!res.headersSent) {
          setSecurityHeaders(res);
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        }
        res.end('The server failed on this request.\n');
      });
  });
  // Slow or never-ending requests must not hold sockets for Node's 5-minute default.
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;
  // CONNECT asks us to be a tunnel; say no and hang up.
  server.on('connect', (_req, socket) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });

  const host = opts.host ?? env.host;
  const wanted = opts.port ?? env.port ?? DEFAULT_APP_PORT;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(wanted, host, () => resolve());
    });
  } catch (error) {
    await Promise.all([proxy.close(), state.close()]);
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new ServerEnvError(`Port ${wanted} on ${host} is in use: set PORT to another port.`);
    if (code === 'EADDRNOTAVAIL') throw new ServerEnvError(`HOST=${host} is not an address of this machine.`);
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    env,
    async close() {
      server.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(resolve)), proxy.close(), state.close()]);
    },
  };
}

/** The start-up line: where the app is, which API it talks to, and the server key's fingerprint only. */
export function describeStartup(app: AppServer): string[] {
  const { env } = app;
  let key = 'not set (each user pastes their own)';
  if (env.apiKey !== undefined) {
    const { problems } = checkKey(env.apiKey);
    key = `${keyFingerprint(env.apiKey)}${problems.length ? ` (problems: ${problems.join(', ')})` : ''}`;
  }
  const lines = [`Credentials Notebook at ${app.url} → MONAI API ${env.hostUrl}; server key: ${key}`];
  if (!isLoopbackHost(env.host)) {
    lines.push(
      `Warning: HOST=${env.host} makes the app reachable from other machines. The server key is used only for ` +
        'requests from this machine; everyone else must paste their own key.',
    );
  }
  if (env.workshop) {
    const where = env.redisUrl ? `Redis (${redisDisplayName(env.redisUrl)})` : 'this server’s memory';
    lines.push(`Workshop room open: attendees' browsers report their progress; the room lives in ${where}.`);
  }
  if (env.trustProxyHops > 0) {
    lines.push(
      `Behind ${env.trustProxyHops} proxy hop(s): logins are rate-limited per X-Forwarded-For address. ` +
        'Requests that came through a proxy never use the server key.',
    );
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const app = await startAppServer();
    for (const line of describeStartup(app)) console.log(line);
    const stop = () => void app.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    if (!(error instanceof ServerEnvError || error instanceof MissingBuildError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
