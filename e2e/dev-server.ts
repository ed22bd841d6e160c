// `npm run dev` as a fixture: Vite's dev server, started from the project's own vite.config.ts, so the smoke
// tests meet what a newcomer meets (React StrictMode, modules served one by one, the proxy as middleware).
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createLogger, createServer } from 'vite';
import { OWNER_LINK_PATH } from '../server/owner-secret.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * Starts the dev server on a free 127.0.0.1 port. The proxy plugin reads the server's settings from
 * process.env once, while the server is created, so `env` is set for exactly that moment and then undone.
 */
export async function startDevServer(
  env: Record<string, string>,
): Promise<{ url: string; ownerUrl: string | undefined; close(): Promise<void> }> {
  const names = ['MONAI_API_KEY', 'MONAI_HOST_URL', 'MONAI_TIMEOUT_MS', 'MONAI_LOGIN_RATE_LIMIT'];
  const saved = Object.fromEntries(names.map((name) => [name, process.env[name]]));
  for (const name of names) {
    if (env[name] === undefined) delete process.env[name];
    else process.env[name] = env[name];
  }
  const port = await freePort();
  try {
    // The start-up lines hold the owner link (when the server has a key): kept, not printed.
    const logger = createLogger('info');
    const lines: string[] = [];
    logger.info = (message) => void lines.push(message);
    const server = await createServer({
      customLogger: logger,
      root: ROOT,
      configFile: `${ROOT}vite.config.ts`,
      clearScreen: false,
      server: { host: '127.0.0.1', port, strictPort: true },
    });
    await server.listen();
    server.printUrls();
    const ownerUrl = lines
      .join('\n')
      .match(new RegExp(`http://127\\.0\\.0\\.1:${port}${OWNER_LINK_PATH}\\?secret=[\\w-]+`))?.[0];
    return { url: `http://127.0.0.1:${port}`, ownerUrl, close: () => server.close() };
  } finally {
    for (const name of names) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
}
