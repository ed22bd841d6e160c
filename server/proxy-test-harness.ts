// Test support: the proxy in a bare node:http server in front of the fake upstream, both on free ports, and a
// raw HTTP client that sends paths exactly as written (fetch would normalise `..` and `//` away).
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { ScenarioName } from '../src/api/monai-behaviour.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { createOwnerGate } from './owner-secret.ts';
import { createProxy, type ProxyOptions } from './proxy.ts';
import type { ProxyLogEntry } from './request-log.ts';

export const PERSONAL_KEY = `nvapi-${'Tk9_x-Qz'.repeat(8)}`;
export const OTHER_KEY = `nvapi-${'Zz1_y-Wq'.repeat(8)}`;
/** The owner link's secret of every harness (any 32+ URL-safe characters). */
export const OWNER_SECRET = 'harness-owner-secret-0123456789abcdef';

export interface Harness {
  url: string;
  /** Opens the owner link as the owner's browser would and returns its cookie, for a `cookie` header. */
  ownerCookie(): Promise<string>;
  fake: FakeUpstream;
  logs: ProxyLogEntry[];
  close(): Promise<void>;
}

export async function startHarness(
  options: { scenario?: ScenarioName; proxy?: Partial<ProxyOptions>; listenHost?: string } = {},
): Promise<Harness> {
  const fake = await startFakeUpstream({ scenario: options.scenario });
  const logs: ProxyLogEntry[] = [];
  const proxy = createProxy({
    hostUrl: fake.url,
    apiKey: undefined,
    timeoutMs: 1000,
    loginRateLimit: null,
    log: (entry) => logs.push(entry),
    ownerSecret: OWNER_SECRET,
    ...options.proxy,
  });
  const owner = createOwnerGate(OWNER_SECRET);
  const server = createServer((req, res) => {
    if (owner.answerOwnerLink(req, res)) return;
    void proxy.handle(req, res).then((handled) => {
      if (!handled) res.writeHead(404, { 'content-type': 'text/plain' }).end('not the proxy');
    });
  });
  const host = options.listenHost ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  return {
    url,
    ownerCookie: async () => (await openOwnerLink(owner.ownerUrl(url))).cookie,
    fake,
    logs,
    async close() {
      server.closeAllConnections();
      await Promise.all([new Promise((resolve) => server.close(resolve)), proxy.close(), fake.close()]);
    },
  };
}

/**
 * Opens an owner link (`<server>/owner?secret=…`) as the owner's browser would. Throws unless the server answers
 * with its redirect and a cookie; `cookie` is ready for a `cookie` header.
 */
export async function openOwnerLink(ownerUrl: string): Promise<{ answer: RawAnswer; cookie: string }> {
  const { origin, pathname, search } = new URL(ownerUrl);
  const answer = await send(origin, { path: pathname + search });
  const setCookie = answer.headers['set-cookie']?.[0];
  if (answer.status !== 303 || !setCookie) throw new Error(`The owner link answered ${answer.status}.`);
  return { answer, cookie: setCookie.split(';')[0]! };
}

/** An address of this machine that is not loopback, so a test can be "another machine"; undefined if none. */
export function nonLoopbackAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((info) => info && info.family === 'IPv4' && !info.internal)?.address;
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
  text: string;
  json(): unknown;
}

export function send(
  baseUrl: string,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string | string[]>;
    body?: string | Buffer;
  },
): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          const text = bytes.toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            bytes,
            text,
            json: () => JSON.parse(text),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export const postJson = (
  baseUrl: string,
  path: string,
  value: unknown,
  headers: Record<string, string> = {},
) =>
  send(baseUrl, {
    method: 'POST',
    path,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(value),
  });
