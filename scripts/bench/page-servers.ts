// The servers the page timings load from: the app in live mode (its proxy pointed at the fake upstream and
// holding a server key, so the first view is the one a workshop sees) and the floor page as plain files
// through the app's own static handler and security headers, so both pages get the same server. (The headers
// matter: Cross-Origin-Opener-Policy alone costs a fresh tab about 100 ms of renderer swap, which a bare
// floor would not pay.)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeUpstream } from '../../server/fake-upstream.ts';
import { startAppServer } from '../../server/start.ts';
import { securityHeaders } from '../../server/security-headers.ts';
import { createStaticHandler } from '../../server/static-files.ts';

export interface RunningServer {
  url: string;
  ownerUrl?: string;
  close(): Promise<void>;
}

/** A well-formed personal key that the fake upstream accepts; not a real key. */
export const BENCH_SERVER_KEY = `nvapi-${'BenchServerKey0123456789_-'.repeat(3).slice(0, 64)}`;

export async function startLiveApp(distDir: string): Promise<RunningServer> {
  const fake = await startFakeUpstream({ port: 0, scenario: 'valid' });
  try {
    const app = await startAppServer({
      env: { MONAI_HOST_URL: fake.url, MONAI_API_KEY: BENCH_SERVER_KEY },
      distDir,
      port: 0,
      host: '127.0.0.1',
      log: () => {},
    });
    return {
      url: app.url,
      ownerUrl: app.ownerUrl,
      close: async () => {
        await app.close();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

export async function serveDirectory(dir: string): Promise<RunningServer> {
  const serveStatic = createStaticHandler(dir, securityHeaders);
  const server = createServer((req, res) => void serveStatic(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
