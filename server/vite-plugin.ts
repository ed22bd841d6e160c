// Serves the proxy inside `npm run dev` and `npm run preview`, from the same module `npm start` uses.
import type { Connect, Plugin } from 'vite';
import { readServerEnv } from './env.ts';
import { createProxy } from './proxy.ts';

export function notebookProxy(): Plugin {
  function attach(server: {
    middlewares: Connect.Server;
    httpServer: { once(event: 'close', listener: () => void): unknown } | null;
  }) {
    // Vitest loads vite.config.ts too; unit tests start their own proxies, so none is needed there.
    if (process.env.VITEST) return;
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
