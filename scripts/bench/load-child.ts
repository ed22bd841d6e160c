// The load generator (autocannon) in its own process: sent a `run` message, it answers with the figures and
// the CPU time it used.
import autocannon from 'autocannon';
import { reportFailuresToParent } from './child-process.ts';
import type { LoadFigures, LoadRun } from './load-figures.ts';

reportFailuresToParent();
process.on('message', (message: { type?: string } & Partial<LoadRun>) => {
  if (message.type !== 'run') return;
  const { url, connections, durationSec, headers } = message as LoadRun;
  void autocannon({ url, connections, duration: durationSec, headers }).then((result) => {
    const figures: LoadFigures = {
      requestsPerSec: result.requests.average,
      total: result['2xx'] + result.non2xx,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    };
    const { user, system } = process.cpuUsage();
    process.send?.({ type: 'result', figures, cpuMicros: user + system });
  });
});
process.send?.({ type: 'ready' });
