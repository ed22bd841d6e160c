// The load generator (autocannon) in its own process: sent a `run` message, it answers with the figures and
// the CPU time it used.
import autocannon from 'autocannon';
import { reportFailuresToParent } from './child-process.ts';
import type { LoadFigures, LoadRun } from './load-figures.ts';

type Counts = Pick<autocannon.Result, '2xx' | 'non2xx' | 'errors' | 'timeouts'>;

reportFailuresToParent();
process.on('message', (message: { type?: string } & Partial<LoadRun>) => {
  if (message.type !== 'run') return;
  const { url, connections, durationSec, warmupSec, headers } = message as LoadRun;
  // autocannon 9 runs `warmup` (its options override the main run's) first, on connections of its own; its
  // type definitions do not list the option.
  const options: autocannon.Options & { warmup?: Partial<autocannon.Options> } = {
    url,
    connections,
    duration: durationSec,
    headers,
    warmup: warmupSec > 0 ? { duration: warmupSec } : undefined,
  };
  void autocannon(options).then((result) => {
    // Latency and throughput come from the measured part only; a failure during the warm-up still counts.
    const warm: Counts = (result as { warmup?: Counts }).warmup ?? {
      '2xx': 0,
      non2xx: 0,
      errors: 0,
      timeouts: 0,
    };
    const figures: LoadFigures = {
      requestsPerSec: result.requests.average,
      total: result['2xx'] + result.non2xx,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors + warm.errors,
      timeouts: result.timeouts + warm.timeouts,
      non2xx: result.non2xx + warm.non2xx,
    };
    const { user, system } = process.cpuUsage();
    process.send?.({
      type: 'result',
      figures,
      answeredInAll: figures.total + warm['2xx'] + warm.non2xx,
      cpuMicros: user + system,
    });
  });
});
process.send?.({ type: 'ready' });
