// Serves the proxy inside `npm run dev` and `npm run preview`, from the same module `npm start` uses.
import type { Connect, Plugin } from 'vite';
import { readServerEnv } from './env.ts';
import { createProxy } from './proxy.ts';

export function notebookProxy(): Plugin {
  function attach(server: {
    config: { mode: string };
    middlewares: Connect.Server;
    httpServer: { once(event: 'close', listener: () => void): unknown } | null;
  }) {
    // Vitest loads vite.config.ts too (in mode "test"); unit tests start their own proxies. A test that starts
    // `npm run dev`'s server itself (mode "development") gets the proxy, as a user does.
    if (server.config.mode === 'test') return;
    const proxy = createProxy(readServerEnv());
    server.middlewares.use((req, res, next) => {
      proxy.handle(req, res).then((handled) => {
        if (!handled) next();
      }, next);
    });
    server.httpServer?.once('close', () => void proxy.close());
  }
  return { name: 'notebook-proxy', configureServer: attach, configurePreviewServer: attach };
}
