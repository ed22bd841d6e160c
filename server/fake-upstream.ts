// A stand-in for the MONAI API over real HTTP, for tests and for trying the app offline against the real
// proxy. Every answer comes from answerApiRequest; this file only adds the transport faults.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  answerApiRequest,
  isScenarioName,
  scenarioNames,
  type ApiAnswer,
  type ScenarioName,
} from '../src/api/monai-behaviour.ts';

export interface FakeUpstream {
  url: string;
  setScenario(scenario: ScenarioName): void;
  /** The latest requests the fake has received on API paths (not the control endpoint), oldest first. */
  received(): { method: string; path: string; headers: IncomingMessage['headers']; body: string }[];
  close(): Promise<void>;
}

const CONTROL_PATH = '/__fake/scenario';
const TRICKLE_INTERVAL_MS = 500;
// Enough for any test to look back on; a load run sends hundreds of thousands, which must not pile up.
export const RECEIVED_KEPT = 500;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

/** Headers a real deployment adds that the proxy must not pass on (the ingress's sticky-session cookie). */
const DEPLOYMENT_HEADERS = {
  'set-cookie': 'INGRESSCOOKIE=7f3a9c1e; Path=/; HttpOnly',
  'x-powered-by': 'Flask',
};

function play(answer: ApiAnswer, res: ServerResponse, timers: Set<NodeJS.Timeout>): void {
  if (answer.fault === 'hang') return; // the socket stays open until close() destroys it
  const body = answer.bodyBytes ? Buffer.from(answer.bodyBytes) : Buffer.from(answer.body, 'utf8');
  const headers = { ...DEPLOYMENT_HEADERS, ...answer.headers };
  if (answer.fault === 'trickle') {
    res.writeHead(answer.status, headers);
    const timer = setInterval(() => res.write(' '), TRICKLE_INTERVAL_MS);
    timers.add(timer);
    res.on('close', () => clearInterval(timer));
    return;
  }
  res.writeHead(answer.status, { ...headers, 'content-length': String(body.length) });
  if (answer.fault === 'reset-mid-body') {
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
    return;
  }
  res.end(body);
}

export async function startFakeUpstream(
  options: { port?: number; scenario?: ScenarioName } = {},
): Promise<FakeUpstream> {
  let scenario: ScenarioName = options.scenario ?? 'valid';
  const log: ReturnType<FakeUpstream['received']> = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    const body = await readBody(req).catch(() => '');
    if (path === CONTROL_PATH) {
      if (req.method === 'GET') return sendJson(res, 200, { scenario, scenarios: scenarioNames });
      const requested = (() => {
        try {
          return (JSON.parse(body) as { scenario?: unknown }).scenario;
        } catch {
          return undefined;
        }
      })();
      if (req.method !== 'POST' || !isScenarioName(requested)) {
        return sendJson(res, 400, { error: `POST {"scenario": one of ${scenarioNames.join(', ')}}` });
      }
      scenario = requested;
      return sendJson(res, 200, { scenario });
    }
    if (log.length === RECEIVED_KEPT) log.shift();
    log.push({ method: req.method ?? '', path, headers: req.headers, body });
    const request = { method: req.method ?? 'GET', path, authorization: req.headers.authorization, body };
    const answer = answerApiRequest(request, scenario, Math.floor(Date.now() / 1000));
    if (answer.delayMs > 0) {
      const timer = setTimeout(() => play(answer, res, timers), answer.delayMs);
      timers.add(timer);
    } else {
      play(answer, res, timers);
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    setScenario(next) {
      scenario = next;
    },
    received: () => [...log],
    close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
