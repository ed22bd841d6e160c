// A workshop's start: many attendees open the app at once. Each is an HTTP client on loopback with a
// browser's connection limit (6 per origin) and Accept-Encoding, fetching every file a demo-mode first visit
// fetched, and reading each body to the end. The server runs in its own process, weighed for CPU.
import { Agent, request } from 'node:http';
import { askUsage, type BenchChild } from './child-process.ts';

/** What Chromium sends. */
const BROWSER_HEADERS = {
  accept: '*/*',
  'accept-encoding': 'gzip, deflate, br, zstd',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) credentials-notebook-bench',
};

export interface AttendeesResult {
  attendees: number;
  requests: number;
  totalMs: number;
  /** Per attendee: from the start until its last file arrived. */
  p50Ms: number;
  p99Ms: number;
  errors: number;
  bytes: number;
  serverCpuMs: number;
  /** The client's own CPU (this process), which shares the machine's cores with the server. */
  clientCpuMs: number;
}

function fetchOne(agent: Agent, base: URL, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, hostname: base.hostname, port: base.port, path, headers: BROWSER_HEADERS },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${path}: ${res.statusCode}`)),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`${path}: no answer in 30 s`)));
    req.on('error', reject);
    req.end();
  });
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;

export async function runAttendees(options: {
  baseUrl: string;
  paths: string[];
  attendees: number;
  server: BenchChild;
}): Promise<AttendeesResult> {
  const base = new URL(options.baseUrl);
  const before = await askUsage(options.server);
  let errors = 0;
  let bytes = 0;
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  const doneAt = await Promise.all(
    Array.from({ length: options.attendees }, async () => {
      const agent = new Agent({ keepAlive: true, maxSockets: 6 });
      try {
        await Promise.all(
          options.paths.map((path) =>
            fetchOne(agent, base, path).then(
              (received) => void (bytes += received),
              () => void errors++,
            ),
          ),
        );
        return performance.now() - started;
      } finally {
        agent.destroy();
      }
    }),
  );
  const totalMs = performance.now() - started;
  const client = process.cpuUsage(clientBefore);
  const after = await askUsage(options.server);
  const sorted = doneAt.sort((a, b) => a - b);
  return {
    attendees: options.attendees,
    requests: options.attendees * options.paths.length,
    totalMs,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    errors,
    bytes,
    serverCpuMs: (after.cpuMicros - before.cpuMicros) / 1000,
    clientCpuMs: (client.user + client.system) / 1000,
  };
}
