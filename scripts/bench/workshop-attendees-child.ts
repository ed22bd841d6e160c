// The simulated attendees in their own process, so the 200 clients never share an event loop with the bench's
// dashboard reader (which would then see updates late) or with the server. Times are wall-clock milliseconds
// (timeOrigin + now), comparable across the bench's processes.
import { reportFailuresToParent } from './child-process.ts';
import { runAttendee } from './workshop-attendees.ts';

reportFailuresToParent();
const now = () => performance.timeOrigin + performance.now();
process.on('message', (message: { type?: string; baseUrl?: string; attendees?: number }) => {
  if (message.type !== 'run') return;
  const { baseUrl = '', attendees = 0 } = message;
  const started = now();
  const cpuBefore = process.cpuUsage();
  // Attendees arrive over the first seconds, as a room does, then think 1–4 s between steps (a person reading
  // and pressing Run): the whole room runs the notebook in about 25 s, far denser than a real workshop.
  void Promise.all(
    Array.from({ length: attendees }, async (_, index) => {
      await new Promise((resolve) => setTimeout(resolve, (index / attendees) * 3_000));
      return runAttendee(baseUrl, index, { thinkMs: [1_000, 4_000], now });
    }),
  ).then((runs) => {
    process.send?.({
      type: 'done',
      runMs: now() - started,
      sent: runs.flatMap((run) => run.sent),
      errors: runs.flatMap((run) => run.errors),
      retried: runs.reduce((sum, run) => sum + run.retried, 0),
      cpuMicros: process.cpuUsage(cpuBefore).user + process.cpuUsage(cpuBefore).system,
    });
  });
});
process.send?.({ type: 'ready' });
