// Test support: `npm run dev` on a free 127.0.0.1 port, from the project's own vite.config.ts, so a test meets
// what a newcomer meets (React StrictMode, modules served one by one, the proxy plugin as middleware).
import { fileURLToPath } from 'node:url';
import { createLogger, createServer } from 'vite';
import { OWNER_LINK_PATH } from './owner-secret.ts';
import { freePort } from './spawned-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Every setting server/env.ts reads: one the test does not give must not come from the shell that runs it.
const SERVER_ENV_NAMES = [
  'HOST',
  'PORT',
  'MONAI_HOST_URL',
  'MONAI_API_KEY',
  'MONAI_TIMEOUT_MS',
  'MONAI_LOGIN_RATE_LIMIT',
  'MONAI_OWNER_SECRET',
  'ALLOWED_HOSTS',
  'TRUST_PROXY_HOPS',
  'WORKSHOP',
  'REDIS_URL',
];

export interface DevServer {
  url: string;
  /** The owner link the server prints when it has a key; undefined without one. */
  ownerUrl: string | undefined;
  close(): Promise<void>;
}

/** Sets the server's settings (and nothing else of them) in process.env; returns what undoes it. */
function useServerEnv(env: Record<string, string>): () => void {
  // The proxy plugin stays off while Vitest loads vite.config.ts for unit tests; this is a user's dev server.
  const names = [...SERVER_ENV_NAMES, 'VITEST'];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const name of names) {
      if (values[name] === undefined) delete process.env[name];
      else process.env[name] = values[name];
    }
  };
  apply(env);
  return () => apply(saved);
}

/**
 * Starts the dev server. The config and the proxy plugin read the settings from process.env once, while the
 * server is created, so `env` is set for exactly that moment and then undone. `hmr: false` leaves out the
 * file watcher, the HMR socket and the dependency scan, for tests that only send requests.
 */
export async function startDevServer(
  env: Record<string, string>,
  options: { hmr?: boolean } = {},
): Promise<DevServer> {
  // A port chosen first, not port 0: Vite writes config.server.port into the page's HMR client as it is.
  const port = await freePort();
  const restoreEnv = useServerEnv(env);
  try {
    // The start-up lines hold the owner link (when the server has a key): kept, not printed.
    const logger = createLogger('info');
    const lines: string[] = [];
    logger.info = (message) => void lines.push(message);
    const hmr = options.hmr ?? true;
    const server = await createServer({
      customLogger: logger,
      root: ROOT,
      configFile: `${ROOT}vite.config.ts`,
      mode: 'development',
      clearScreen: false,
      server: { host: '127.0.0.1', port, strictPort: true, ...(hmr ? {} : { watch: null, ws: false }) },
      ...(hmr ? {} : { optimizeDeps: { noDiscovery: true, include: [] } }),
    });
    await server.listen();
    server.printUrls();
    const url = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    const linkPrefix = `${url}${OWNER_LINK_PATH}?secret=`.replace(/[.?]/g, '\\$&');
    const ownerUrl = lines.join('\n').match(new RegExp(`${linkPrefix}[\\w-]+`))?.[0];
    return { url, ownerUrl, close: () => server.close() };
  } finally {
    restoreEnv();
  }
}
