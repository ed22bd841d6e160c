// A plain static file server for dist/, as a learner gets from `python -m http.server` or a static host: no
// proxy, so the app must say so. Also finds a port that nothing listens on, for the "unreachable" case.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startStaticServer(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://static').pathname);
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !file.startsWith(root + sep)) {
        res.writeHead(req.method === 'GET' || req.method === 'HEAD' ? 404 : 405).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
        res.end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    })();
  });
  const url = await listen(server);
  return { url, close: () => close(server) };
}

/** The address of a port that was free a moment ago and is closed now: connecting to it is refused. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  const url = await listen(server);
  await close(server);
  return url;
}
