// `npm run bench`: issue 5's budgets measured side by side in one run — page weight, page timing against the
// floor page, and the proxy's hot path against calling the upstream directly. Exits 1 when a budget is missed.
// BENCH_DURATION (seconds, default 30) shortens the measured part of each load run (a 5 s warm-up precedes
// each); BENCH_CPU_PROF=<dir> saves a V8 CPU profile of the app server during the proxy run, for finding where
// its time goes. BENCH_ONLY=proxy runs the proxy section alone (the app is still built, for npm start to
// serve), for quick trials.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageRows, proxyRows, sizeRows, type PagePair, type Row } from './bench/budgets.ts';
import {
  buildAndWeigh,
  buildAppWithSecretsInEnv,
  filesContaining,
  floorConfig,
} from './bench/bundle-size.ts';
import { createCleanup } from './bench/cleanup.ts';
import { serveDirectory, startLiveApp } from './bench/page-servers.ts';
import { buttonEnabled, elementPresent, launchChromium, measurePages } from './bench/page-timing.ts';
import { runProxyLoad } from './bench/proxy-load.ts';
import { bundleDetail, exitCodeFor, loadDetail, pageDetail, summaryTable } from './bench/report.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 500;
const WARMUP_SEC = 5;
const RUNS = 5;
const CPU_RATES = [1, 4];
// Build-time stand-ins for a server key: neither may appear anywhere in the built files.
const SECRETS = {
  MONAI_API_KEY: `nvapi-${'BenchBuildKeyMustNotShip_'.repeat(3).slice(0, 64)}`,
  VITE_MONAI_API_KEY: `nvapi-${'BenchViteKeyMustNotShipEither-'.repeat(3).slice(0, 64)}`,
};

const durationSec = Number(process.env.BENCH_DURATION ?? 30);
if (!Number.isInteger(durationSec) || durationSec < 1) {
  console.error(`BENCH_DURATION must be a whole number of seconds, got "${process.env.BENCH_DURATION}".`);
  process.exit(2);
}

const only = process.env.BENCH_ONLY;
if (only !== undefined && only !== 'proxy') {
  console.error(`BENCH_ONLY may only be "proxy", got "${only}".`);
  process.exit(2);
}
const PROXY_SECTION = 'Proxy hot path';

const cleanup = createCleanup((error) => console.error('While stopping:', error));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping everything the bench started…`);
    void cleanup.runAll().then(() => process.exit(130));
  });
}

const rows: Row[] = [];
async function section(name: string, run: () => Promise<void>): Promise<void> {
  if (only === 'proxy' && name !== PROXY_SECTION) return;
  console.log(`\n== ${name}`);
  try {
    await run();
  } catch (error) {
    console.log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    rows.push({ figure: name, value: 'did not run', budget: 'runs', reference: '', verdict: 'FAIL' });
  }
}

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanup.defer(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const [load1] = loadavg();
const cores = availableParallelism();
console.log(`Machine: ${cores} cores, load average ${load1?.toFixed(1)} (1 min).`);
if ((load1 ?? 0) > cores)
  console.log('Warning: other work is running; timings and throughput will be noisy.');

try {
  const appDir = await tempDir('bench-app-');
  const floorDir = await tempDir('bench-floor-');

  await section('Page weight', async () => {
    const app = await buildAppWithSecretsInEnv(ROOT, appDir, SECRETS);
    const filesWithSecrets = await filesContaining(
      appDir,
      Object.values(SECRETS).map((key) => key.slice(6, 40)),
    );
    const floor = await buildAndWeigh(floorConfig(join(ROOT, 'bench/floor')), floorDir);
    console.log(bundleDetail(app, floor));
    rows.push(
      ...sizeRows({
        appInitialBytes: app.initialGzipBytes,
        floorInitialBytes: floor.initialGzipBytes,
        filesWithSecrets,
      }),
    );
  });

  await section('Page timing', async () => {
    const live = await startLiveApp(appDir);
    const stopLive = cleanup.defer(() => live.close());
    const floor = await serveDirectory(floorDir);
    const stopFloor = cleanup.defer(() => floor.close());
    const browser = await launchChromium();
    const stopBrowser = cleanup.defer(() => browser.close());
    const timings = await measurePages(
      browser,
      [
        { name: 'app', url: live.url, ownerUrl: live.ownerUrl, waitUntilReady: buttonEnabled('Run Setup') },
        { name: 'floor', url: floor.url, waitUntilReady: elementPresent('main table') },
      ],
      { cpuRates: CPU_RATES, runs: RUNS },
    );
    await stopBrowser();
    await stopFloor();
    await stopLive();
    console.log(pageDetail(timings));
    const of = (target: string, cpuRate: number) =>
      timings.find((timing) => timing.target === target && timing.cpuRate === cpuRate)!;
    const pairs: PagePair[] = CPU_RATES.map((cpuRate) => ({
      cpuRate,
      app: of('app', cpuRate),
      floor: of('floor', cpuRate),
    }));
    rows.push(...pageRows(pairs));
  });

  if (only === 'proxy') await buildAndWeigh({ root: ROOT }, appDir);
  await section(PROXY_SECTION, async () => {
    const result = await runProxyLoad({
      distDir: appDir,
      workDir: await tempDir('bench-load-'),
      cpuProfileDir: process.env.BENCH_CPU_PROF,
      connections: CONNECTIONS,
      durationSec,
      warmupSec: WARMUP_SEC,
      cleanup,
      progress: (line) => console.log(line),
    });
    const runs = [
      { name: 'direct, before', figures: result.directRuns[0] },
      { name: 'proxy (npm start)', figures: result.proxy },
      { name: 'direct, after', figures: result.directRuns[1] },
      { name: 'direct (mean)', figures: result.direct },
      { name: 'nginx', figures: result.nginx, note: 'nginx not installed: skipped' },
    ];
    const rss = { beforeBytes: result.rssBeforeBytes, afterBytes: result.rssAfterBytes };
    console.log(loadDetail(result.connections, result.durationSec, result.warmupSec, runs, rss));
    const cpu = result.cpuPerRequestMicros;
    console.log(
      `  CPU per request: fake ${Math.round(cpu.fakeDirect)} µs direct, ${Math.round(cpu.fakeBehindProxy)} µs ` +
        `behind the proxy; proxy ${Math.round(cpu.proxy)} µs`,
    );
    console.log(`  npm start's request log: ${result.proxyLogLines} lines (to a file, one per request)`);
    if (process.env.BENCH_CPU_PROF)
      console.log(`  CPU profile of the proxy run in ${process.env.BENCH_CPU_PROF}`);
    rows.push(...proxyRows(result));
  });
} finally {
  await cleanup.runAll();
}

console.log('\n== Budgets (issue 5)');
console.log(summaryTable(rows));
const code = exitCodeFor(rows);
console.log(code === 0 ? '\nEvery budget met.' : '\nA budget was missed: exit 1.');
process.exit(code);
