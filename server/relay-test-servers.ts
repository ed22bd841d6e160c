// Test support: what stands between a visitor and the app when someone puts a forwarder on the app's machine
// (both kinds make every visitor's socket a loopback one), and an upstream that answers whatever a test
// scripts, echoing the request back by default. All listen on 127.0.0.1, on free ports.
import { createServer as createHttpServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

async function listen(server: Server | ReturnType<typeof createTcpServer>, sockets: Set<Socket>) {
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A raw TCP relay (socat, an SSH tunnel): bytes in both directions, nothing added. */
export function startTcpRelay(targetUrl: string): Promise<TestServer> {
  const { hostname, port } = new URL(targetUrl);
  const sockets = new Set<Socket>();
  const server = createTcpServer((client) => {
    const upstream = connect(Number(port), hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return listen(server, sockets);
}

/** An HTTP forwarder that adds no header (http-proxy's default, xfwd off): same method, path and headers. */
export function startHeaderlessForwarder(targetUrl: string): Promise<TestServer> {
  const { hostname, port } = new URL(targetUrl);
  const sockets = new Set<Socket>();
  const server = createHttpServer((req, res) => {
    const forwarded = request(
      { hostname, port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  return listen(server, sockets);
}

export interface ScriptedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** An upstream that answers `script(req, body)`; by default it echoes the body back as JSON, as some do. */
export function startScriptedUpstream(
  script: (req: IncomingMessage, body: string) => ScriptedAnswer = (_req, body) => ({
    status: 400,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ error: 'Bad request', you_sent: body }),
  }),
): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createHttpServer((req) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { status, headers, body } = script(req, Buffer.concat(chunks).toString('utf8'));
      // Node refuses to write some statuses through writeHead; the raw socket writes any.
      const head = Object.entries({ ...headers, 'content-length': String(Buffer.byteLength(body)) })
        .map(([name, value]) => `${name}: ${value}\r\n`)
        .join('');
      req.socket.write(`HTTP/1.1 ${status} Whatever\r\n${head}\r\n${body}`);
    });
  });
  return listen(server, sockets);
}
