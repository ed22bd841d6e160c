// Simulated attendees (HTTP clients, not browsers) doing a full run of the notebook, as the room client in the
// browser would report it: join, then for each step "on it" and its result; some hit a card and retry.
import { Agent, request } from 'node:http';
import { roomPaths } from '../../src/workshop/room-protocol.ts';
import { stepIds } from '../../server/workshop-ids.ts';

export interface SentEvent {
  seq: number;
  sentAtMs: number;
  /** When the report's answer arrived: the part of the delay that is the HTTP round trip. */
  answeredAtMs: number;
}

export interface AttendeeRun {
  sent: SentEvent[];
  errors: string[];
  /** Reports sent again after the connection closed under them (see report). */
  retried: number;
}

const STALE_SOCKET = ['ECONNRESET', 'EPIPE'];
const causeOf = (error: unknown) => (error as { code?: string }).code ?? '?';

// node:http rather than fetch: on a shared 2-core machine the load generator's own CPU delays its events, and
// fetch cost several times more per request here. Each attendee has one request in flight at a time.
const agent = new Agent({ keepAlive: true });

function post(url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    req.once('error', reject);
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.once('error', reject);
    });
    req.end(body);
  });
}

const CARDS_TO_HIT = ['login-unauthorized', 'invalid-org', 'token-expired'] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One attendee's run; `index` picks (deterministically) which of them hit a card before passing. */
export async function runAttendee(
  baseUrl: string,
  index: number,
  options: { thinkMs: [number, number]; now: () => number },
): Promise<AttendeeRun> {
  const attendee = crypto.randomUUID();
  const run: AttendeeRun = { sent: [], errors: [], retried: 0 };
  const results: Record<string, string> = {};
  const send = (step: string) =>
    post(
      `${baseUrl}${roomPaths.report}`,
      JSON.stringify({ attendee, step, mode: index % 4 === 0 ? 'live' : 'demo', results }),
    );
  const report = async (step: string) => {
    const sentAtMs = options.now();
    try {
      let answer: { status: number; body: string };
      try {
        answer = await send(step);
      } catch (error) {
        // A kept-alive connection the server closed as it was reused: browsers send again, and so do we, once.
        if (!STALE_SOCKET.includes(causeOf(error))) throw error;
        run.retried += 1;
        answer = await send(step);
      }
      if (answer.status !== 200) run.errors.push(`report answered ${answer.status}`);
      else {
        const { seq } = JSON.parse(answer.body) as { seq: number };
        run.sent.push({ seq, sentAtMs, answeredAtMs: options.now() });
      }
    } catch (error) {
      run.errors.push(`report failed: ${(error as Error).message} (${causeOf(error)})`);
    }
  };
  const think = () => sleep(options.thinkMs[0] + Math.random() * (options.thinkMs[1] - options.thinkMs[0]));

  await report(stepIds[0] ?? ''); // joining (the room refuses an empty step, which counts as an error)
  for (const [position, step] of stepIds.entries()) {
    await think();
    await report(step);
    if (index % 10 === position) {
      // half of them meet one card on the way
      results[step] = CARDS_TO_HIT[index % CARDS_TO_HIT.length]!;
      await report(step);
      await think();
    }
    results[step] = 'ok';
    await report(step);
  }
  return run;
}
