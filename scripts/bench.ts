// `npm run bench`: issue 5's budgets measured side by side in one run — page weight, page timing against the
// floor page, and the proxy's hot path against calling the upstream directly. Exits 1 when a budget is missed.
// BENCH_DURATION (seconds, default 30) shortens the measured part of each load run (a 5 s warm-up precedes
// each); BENCH_CPU_PROF=<dir> saves a V8 CPU profile of the app server during the proxy run, for finding where
// its time goes. BENCH_ONLY=attendees,lighthouse (any of weight, timing, bytes, attendees, lighthouse, proxy,
// workshop) runs those sections alone (the app is still built, for npm start to serve), for quick trials. The workshop section: 200 simulated attendees in one room (issue 13).
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
import { runWireSections, WIRE_SECTIONS } from './bench/wire-sections.ts';
import { runWorkshopLoad } from './bench/workshop-load.ts';
import { workshopDetail, workshopRows } from './bench/workshop-report.ts';
import { bundleDetail, exitCodeFor, loadDetail, pageDetail, summaryTable } from './bench/report.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 500;
const WARMUP_SEC = 5;
const RUNS = 5;
const WEIGHT_SECTION = 'Page weight';
const TIMING_SECTION = 'Page timing';
const CPU_RATES = [1, 4];
const WORKSHOP_ATTENDEES = 200;
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

const PROXY_SECTION = 'Proxy hot path';
const WORKSHOP_SECTION = 'Workshop room';
// BENCH_ONLY=<key>[,<key>…] runs those sections alone; the attendees' run needs the file list of the demo
// first visit, so it brings the bytes section with it.
const ONLY: Record<string, string[]> = {
  weight: [WEIGHT_SECTION],
  timing: [TIMING_SECTION],
  bytes: [WIRE_SECTIONS.bytes],
  attendees: [WIRE_SECTIONS.bytes, WIRE_SECTIONS.attendees],
  lighthouse: [WIRE_SECTIONS.lighthouse],
  proxy: [PROXY_SECTION],
  workshop: [WORKSHOP_SECTION],
};
const onlyKeys = process.env.BENCH_ONLY?.split(',').map((key) => key.trim());
const unknownKey = onlyKeys?.find((key) => !(key in ONLY));
if (unknownKey !== undefined) {
  console.error(`BENCH_ONLY may only list ${Object.keys(ONLY).join(', ')}, got "${unknownKey}".`);
  process.exit(2);
}
const only = onlyKeys && new Set(onlyKeys.flatMap((key) => ONLY[key]!));

const cleanup = createCleanup((error) => console.error('While stopping:', error));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping everything the bench started…`);
    void cleanup.runAll().then(() => process.exit(130));
  });
}

const rows: Row[] = [];
async function section(name: string, run: () => Promise<void>): Promise<void> {
  if (only !== undefined && !only.has(name)) return;
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

  // Without the weight section, the app is still built, for npm start to serve.
  if (only !== undefined && !only.has(WEIGHT_SECTION)) await buildAndWeigh({ root: ROOT }, appDir);
  await section(WEIGHT_SECTION, async () => {
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

  await section(TIMING_SECTION, async () => {
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
        { name: 'demo', url: `${live.url}/?mode=demo`, waitUntilReady: buttonEnabled('Run Setup') },
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
    const pairs: PagePair[] = CPU_RATES.flatMap((cpuRate) =>
      ['app', 'demo'].map((name) => ({
        cpuRate,
        name: name === 'demo' ? 'demo' : undefined,
        app: of(name, cpuRate),
        floor: of('floor', cpuRate),
      })),
    );
    rows.push(...pageRows(pairs));
  });

  // Issue 14: bytes on the wire, 200 attendees at once, Lighthouse.
  await runWireSections({ distDir: appDir, workDir: await tempDir('bench-wire-'), section, rows, cleanup });

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

  await section(WORKSHOP_SECTION, async () => {
    const result = await runWorkshopLoad({ distDir: appDir, attendees: WORKSHOP_ATTENDEES, cleanup });
    console.log(workshopDetail(result));
    rows.push(...workshopRows(result));
  });
} finally {
  await cleanup.runAll();
}

console.log('\n== Budgets (issues 5, 12, 13, 14)');
console.log(summaryTable(rows));
// Timings from a busy machine mean little: say how busy it was at the end too.
const [endLoad1] = loadavg();
console.log(`Load average at the end: ${endLoad1?.toFixed(1)} (1 min), on ${cores} cores.`);
const code = exitCodeFor(rows);
console.log(code === 0 ? '\nEvery budget met.' : '\nA budget was missed: exit 1.');
process.exit(code);
