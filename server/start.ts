// `npm start`: the built app and its proxy from one node:http server, with security headers on every answer.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isAllowedHostHeader } from './client-address.ts';
import { readServerEnv, ServerEnvError, type ServerEnv } from './env.ts';
import { hardenHttpServer } from './http-hardening.ts';
import { createOwnerGate } from './owner-secret.ts';
import { createProxy } from './proxy.ts';
import { openReplicaState, type OwnerCheck } from './replica-state.ts';
import { batchedStdoutLogger, type ProxyLogger } from './request-log.ts';
import { securityHeaders, setSecurityHeaders } from './security-headers.ts';
import { startupLines } from './startup-lines.ts';
import { createStaticHandler } from './static-files.ts';

export const DEFAULT_APP_PORT = 4173;
const DEFAULT_DIST_DIR = fileURLToPath(new URL('../dist', import.meta.url));

export interface AppServer {
  url: string;
  /** The owner link (with its secret) when the server has a key; print it to the terminal only. */
  ownerUrl: string | undefined;
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
    /** Who may see the workshop dashboard; default: the browser holding the owner's secret (owner-secret.ts). */
    isWorkshopOwner?: OwnerCheck;
  } = {},
): Promise<AppServer> {
  const env = readServerEnv(opts.env ?? process.env);
  const distDir = opts.distDir ?? DEFAULT_DIST_DIR;
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new MissingBuildError(`No built app in ${distDir}: run \`npm run build\` first.`);
  }
  const owner = createOwnerGate(env.ownerSecret);
  const state = await openReplicaState(env, {
    isWorkshopOwner: opts.isWorkshopOwner ?? ((req) => owner.isOwnerRequest(req)),
    answerHeaders: securityHeaders,
  });
  // The proxy writes the security headers into each of its answers itself, in the same writeHead.
  const proxy = createProxy({
    ...env,
    log: opts.log ?? batchedStdoutLogger(),
    answerHeaders: securityHeaders,
    loginLimiter: state.loginLimiter,
  });
  const serveStatic = createStaticHandler(distDir, securityHeaders);

  const server = createServer((req, res) => {
    if (!isAllowedHostHeader(req.headers.host, env.allowedHosts)) {
      // The same Host check as the proxy's and Vite's: a name we do not know is what DNS rebinding looks like.
      setSecurityHeaders(res);
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('This server does not answer to that host name; add it to ALLOWED_HOSTS.\n');
      return;
    }
    if (owner.answerOwnerLink(req, res, securityHeaders)) return;
    proxy
      .handle(req, res)
      .then((handled) => handled || state.room.handle(req, res))
      .then((handled) => {
        if (!handled) return serveStatic(req, res);
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
  // Node's own 400/408/431 and the answer to CONNECT carry the security headers too.
  hardenHttpServer(server);

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
  const url = `http://${shownHost}:${port}`;
  return {
    url,
    ownerUrl: env.apiKey === undefined && !env.workshop ? undefined : owner.ownerUrl(url),
    env,
    async close() {
      server.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(resolve)), proxy.close(), state.close()]);
    },
  };
}

/** What `npm start` prints at start-up; see startup-lines.ts. */
export function describeStartup(app: AppServer): string[] {
  return startupLines(app.url, app.env, app.ownerUrl);
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
