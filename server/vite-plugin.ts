// Serves the proxy inside `npm run dev` and `npm run preview`, from the same module `npm start` uses.
import type { Connect, Plugin } from 'vite';
import type { ServerEnv } from './env.ts';
import { createProxy } from './proxy.ts';

/** `env`: the server settings vite.config.ts read and checked once. */
export function notebookProxy(env: ServerEnv): Plugin {
  function attach(server: {
    config: { mode: string };
    middlewares: Connect.Server;
    httpServer: { once(event: 'close', listener: () => void): unknown } | null;
  }) {
    // Vitest loads vite.config.ts too (in mode "test"); unit tests start their own proxies. A test that starts
    // `npm run dev`'s server itself (mode "development") gets the proxy, as a user does.
    if (server.config.mode === 'test') return;
    const proxy = createProxy(env);
    server.middlewares.use((req, res, next) => {
      proxy.handle(req, res).then((handled) => {
        if (!handled) next();
      }, next);
    });
    server.httpServer?.once('close', () => void proxy.close());
  }
  return { name: 'notebook-proxy', configureServer: attach, configurePreviewServer: attach };
}
