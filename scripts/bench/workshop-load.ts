// The bench's workshop section: ATTENDEES simulated attendees joining and reporting a full run against one
// `npm start` with WORKSHOP=1 (in its own process), while the presenter's dashboard stream is open. Measures
// errors, the delay from an event's send to the first dashboard update that includes it, and the server's RSS
// growth and CPU.
import { randomUUID } from 'node:crypto';
import { roomPaths, type RoomSummary } from '../../src/workshop/room-protocol.ts';
import { stepIds } from '../../server/workshop-ids.ts';
import { askUsage, startChild } from './child-process.ts';
import type { Cleanup } from './cleanup.ts';
import type { SentEvent } from './workshop-attendees.ts';

export interface WorkshopLoadResult {
  attendees: number;
  events: number;
  errors: string[];
  delayMs: { p50: number; p99: number; max: number };
  /** Of which the report's own round trip (send → answer). */
  roundTripMs: { p50: number; p99: number };
  /** Reports sent a second time because the connection closed under the first. */
  retried: number;
  /** The simulated attendees' own CPU (their process), as a share of one core: what they cost the machine. */
  clientsCpuShareOfCore: number;
  /** Events whose dashboard update never came before the run ended. */
  unseen: number;
  runSec: number;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  /** Server CPU during the run, as a share of one core, and per event. */
  cpuShareOfCore: number;
  cpuPerEventMicros: number;
  finalBoard: RoomSummary | undefined;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

export async function runWorkshopLoad(options: {
  distDir: string;
  attendees: number;
  cleanup: Cleanup;
}): Promise<WorkshopLoadResult> {
  const secret = randomUUID();
  const { child, ready } = await startChild<{ url: string }>('workshop-server-child', {
    env: {
      BENCH_DIST_DIR: options.distDir,
      BENCH_OWNER_SECRET: secret,
      PORT: '0',
      HOST: '127.0.0.1',
      MONAI_API_KEY: '',
      REDIS_URL: '',
    },
  });
  const stopServer = options.cleanup.defer(() => child.stop());
  const base = ready.url;
  // Wall-clock ms, as the attendees' process stamps its events.
  const now = () => performance.timeOrigin + performance.now();

  // The presenter's board: every summary's arrival time and the last event it includes.
  const controller = new AbortController();
  const board = await fetch(`${base}${roomPaths.dashboardEvents}`, {
    headers: { 'x-bench-owner': secret },
    signal: controller.signal,
  });
  if (board.status !== 200) throw new Error(`The dashboard stream answered ${board.status}.`);
  const updates: { seq: number; atMs: number }[] = [];
  let finalBoard: RoomSummary | undefined;
  const reading = (async () => {
    let buffered = '';
    const reader = board.body!.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      const atMs = now();
      buffered += chunk;
      const events = buffered.split('\n\n');
      buffered = events.pop() ?? '';
      for (const event of events) {
        const data = event.split('\n').find((line) => line.startsWith('data: '));
        if (!data) continue;
        finalBoard = JSON.parse(data.slice(6)) as RoomSummary;
        updates.push({ seq: finalBoard.seq, atMs });
      }
    }
  })().catch(() => undefined);

  const { child: clients } = await startChild('workshop-attendees-child');
  const stopClients = options.cleanup.defer(() => clients.stop());
  const before = await askUsage(child);
  const cpuStarted = now();
  const run = await clients.ask<{
    runMs: number;
    sent: SentEvent[];
    errors: string[];
    retried: number;
    cpuMicros: number;
  }>({ type: 'run', baseUrl: base, attendees: options.attendees }, 'done');
  const after = await askUsage(child);
  const cpuWindowMs = now() - cpuStarted;
  await stopClients();
  await new Promise((resolve) => setTimeout(resolve, 1_500)); // the last updates' time to arrive
  controller.abort();
  await reading;
  await stopServer();

  const { sent } = run;
  const delays: number[] = [];
  let unseen = 0;
  for (const event of sent) {
    // Updates arrive in order, so the first with a seq at least this event's is the one that showed it.
    const shown = updates.find((update) => update.seq >= event.seq && update.atMs >= event.sentAtMs);
    if (shown) delays.push(shown.atMs - event.sentAtMs);
    else unseen += 1;
  }
  delays.sort((a, b) => a - b);
  const trips = sent.map((event) => event.answeredAtMs - event.sentAtMs).sort((a, b) => a - b);
  const errors = [...run.errors];
  const expected = options.attendees;
  if (finalBoard?.connected !== expected) errors.push(`the board showed ${finalBoard?.connected} connected`);
  for (const step of finalBoard?.steps ?? []) {
    if (step.passed !== expected) errors.push(`the board showed ${step.passed} passed "${step.step}"`);
  }
  if ((finalBoard?.steps.length ?? 0) !== stepIds.length) errors.push('the board lacks steps');
  const cpuMicros = after.cpuMicros - before.cpuMicros;
  return {
    attendees: expected,
    events: sent.length,
    errors,
    delayMs: { p50: percentile(delays, 50), p99: percentile(delays, 99), max: delays.at(-1) ?? NaN },
    roundTripMs: { p50: percentile(trips, 50), p99: percentile(trips, 99) },
    unseen,
    retried: run.retried,
    clientsCpuShareOfCore: run.cpuMicros / 1000 / run.runMs,
    runSec: run.runMs / 1000,
    rssBeforeBytes: before.rssBytes,
    rssAfterBytes: after.rssBytes,
    cpuShareOfCore: cpuMicros / 1000 / cpuWindowMs,
    cpuPerEventMicros: cpuMicros / Math.max(1, sent.length),
    finalBoard,
  };
}
