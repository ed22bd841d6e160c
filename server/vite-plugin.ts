// Serves the proxy inside `npm run dev` and `npm run preview`, from the same module `npm start` uses.
import type { Connect, Plugin } from 'vite';
import { readServerEnv } from './env.ts';
import { createProxy } from './proxy.ts';
import { openReplicaState } from './replica-state.ts';

export function notebookProxy(): Plugin {
  async function attach(server: {
    middlewares: Connect.Server;
    httpServer: { once(event: 'close', listener: () => void): unknown } | null;
  }) {
    // Vitest loads vite.config.ts too; unit tests start their own proxies, so none is needed there.
    if (process.env.VITEST) return;
    const env = readServerEnv();
    // Vite waits for this hook, so an unreachable REDIS_URL stops start-up with its one-line message.
    const state = await openReplicaState(env);
    const proxy = createProxy({ ...env, loginLimiter: state.loginLimiter });
    server.middlewares.use((req, res, next) => {
      proxy
        .handle(req, res)
        .then((handled) => handled || state.room.handle(req, res))
        .then((handled) => {
          if (!handled) next();
        }, next);
    });
    server.httpServer?.once('close', () => void Promise.all([proxy.close(), state.close()]));
  }
  return { name: 'notebook-proxy', configureServer: attach, configurePreviewServer: attach };
}
