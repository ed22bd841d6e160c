// A TCP relay in front of `npm start` that counts every byte the server sends to the browser: headers,
// bodies and 304s, exactly what crosses the wire. Chromium's own accounting (request.sizes()) is exact for
// the page's requests but not for those the demo's service worker makes: it reports a cache hit there at
// full size, so the relay's count is the total the bench judges.
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface WireRelay {
  url: string;
  /** Bytes sent by the server to the browser since the relay started. */
  bytesToBrowser(): number;
  close(): Promise<void>;
}

export async function startWireRelay(targetUrl: string): Promise<WireRelay> {
  const target = new URL(targetUrl);
  let bytes = 0;
  const sockets = new Set<Socket>();
  const server = createServer((browserSide) => {
    const serverSide = connect(Number(target.port), target.hostname);
    for (const socket of [browserSide, serverSide]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        browserSide.destroy();
        serverSide.destroy();
      });
    }
    serverSide.on('data', (chunk: Buffer) => (bytes += chunk.length));
    browserSide.pipe(serverSide);
    serverSide.pipe(browserSide);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bytesToBrowser: () => bytes,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
