// Serves the proxy inside `npm run dev` and `npm run preview`, from the same module `npm start` uses, with
// the same protections: no CORS for other origins, the same Host check, security headers on every answer
// (Node's own included), the owner link, and the same start-up lines.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { hostname } from 'node:os';
import type { Connect, Plugin } from 'vite';
import { readServerEnv, ServerEnvError, type ServerEnv } from './env.ts';
import { hardenHttpServer } from './http-hardening.ts';
import { createOwnerGate } from './owner-secret.ts';
import { createProxy } from './proxy.ts';
import type { ProxyLogger } from './request-log.ts';
import { devSecurityHeaders, securityHeaders } from './security-headers.ts';
import { startupLines } from './startup-lines.ts';

export interface NotebookProxyOptions {
  /** The server's settings; default process.env (then a bad value stops the process with one line). */
  env?: Record<string, string | undefined>;
  log?: ProxyLogger;
}

interface AttachableServer {
  middlewares: Connect.Server;
  httpServer: Server | { once(event: 'close', listener: () => void): unknown } | null;
  resolvedUrls: { local: string[] } | null;
  printUrls(): void;
  config: { logger: { info(message: string): void } };
}

function readEnvOrExit(options: NotebookProxyOptions): ServerEnv {
  if (options.env) return readServerEnv(options.env);
  try {
    return readServerEnv(process.env);
  } catch (error) {
    if (!(error instanceof ServerEnvError)) throw error;
    // One clear line, as `npm start` prints, instead of Vite's "error when starting dev server" and a stack.
    console.error(error.message);
    process.exit(1);
  }
}

export function notebookProxy(options: NotebookProxyOptions = {}): Plugin {
  // Vitest loads vite.config.ts too; unit tests start their own servers, with settings of their own.
  const active = options.env !== undefined || !process.env.VITEST;
  let env: ServerEnv | null = null;
  // Vite's dev page has one inline script (React refresh's preamble) and injects CSS as <style> elements:
  // a nonce for this run lets exactly those through, and nothing an answer smuggles in.
  const nonce = randomBytes(18).toString('base64url');

  function attach(server: AttachableServer, headers: Record<string, string>) {
    if (!env) return;
    const settings = env;
    const proxy = createProxy({ ...settings, log: options.log, answerHeaders: headers });
    const owner = createOwnerGate(settings.ownerSecret);
    const http = server.httpServer as Server | null;
    if (http && 'prependListener' in http) {
      // Before any of Vite's middlewares (its Host check and 404s included) writes an answer.
      http.prependListener('request', (_req, res) => {
        for (const name in headers) res.setHeader(name, headers[name]!);
      });
      hardenHttpServer(http);
    }
    server.middlewares.use((req, res, next) => {
      if (owner.answerOwnerLink(req, res, headers)) return;
      proxy.handle(req, res).then((handled) => {
        if (!handled) next();
      }, next);
    });
    server.httpServer?.once('close', () => void proxy.close());
    const printViteUrls = server.printUrls.bind(server);
    server.printUrls = () => {
      printViteUrls();
      const url = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
      const ownerUrl = settings.apiKey === undefined ? undefined : owner.ownerUrl(url);
      for (const line of startupLines(url, settings, ownerUrl)) server.config.logger.info(`  ${line}`);
    };
  }

  return {
    name: 'notebook-proxy',
    config(_, { command, isPreview }) {
      if (!active) return;
      env = readEnvOrExit(options);
      const machine = hostname().toLowerCase();
      // The names `npm start` answers to (besides IP addresses and localhost, which Vite allows itself).
      const allowedHosts = [machine, `${machine}.local`, ...env.allowedHosts];
      return {
        // Vite's default CORS lets any localhost page read the answers; the app needs no CORS at all.
        server: { cors: false, allowedHosts },
        preview: { cors: false, allowedHosts },
        ...(command === 'serve' && !isPreview ? { html: { cspNonce: nonce } } : {}),
      };
    },
    configureServer: (server) => attach(server, devSecurityHeaders(nonce)),
    // The preview serves the build, which has no inline script: npm start's headers as they are.
    configurePreviewServer: (server) => attach(server, securityHeaders),
  };
}
