// The proxy's hot path under a workshop's load: the same GET driven at the fake upstream directly, through
// `npm start`'s proxy, directly again, and through nginx when it is installed. The direct runs on both sides
// of the proxy's make its reference (see directReference). Each run gets a fresh fake upstream, and the load
// generator, the proxy and the fake each have their own process.
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ORG } from '../../src/api/contract.ts';
import { proxyPath, upstreamPath } from '../../src/api/endpoints.ts';
import { askUsage, startChild, type BenchChild } from './child-process.ts';
import type { Cleanup } from './cleanup.ts';
import { directReference, type LoadFigures, type LoadRun } from './load-figures.ts';
import { otherWorkShare, readMachineCpu } from './machine-cpu.ts';
import { nginxOnPath, startNginx } from './nginx.ts';
import { BENCH_SERVER_KEY } from './page-servers.ts';

export interface ProxyLoadResult {
  connections: number;
  durationSec: number;
  warmupSec: number;
  /** The reference: the mean of `directRuns`. */
  direct: LoadFigures;
  /** Direct at the fake upstream, before and after the proxy's run. */
  directRuns: [LoadFigures, LoadFigures];
  proxy: LoadFigures;
  /** null when nginx is not installed. */
  nginx: LoadFigures | null;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  /**
   * CPU time per answered request, in µs: unlike req/s, this hardly changes when other work shares the
   * machine, so it shows where the proxy's time goes even on a busy laptop.
   */
  cpuPerRequestMicros: { fakeDirect: number; proxy: number; fakeBehindProxy: number };
  /** Share of the machine other processes took during each run (0…1); null where it cannot be read. */
  otherWork: { direct: number | null; proxy: number | null };
  /** Lines the app server wrote to stdout during the run: its request log, one line per request. */
  proxyLogLines: number;
}

interface Options {
  distDir: string;
  /** A temp dir for the proxy's log and nginx's files; the caller removes it. */
  workDir: string;
  /** When set, the app server writes a V8 CPU profile of the proxy run into this dir. */
  cpuProfileDir?: string;
  connections: number;
  durationSec: number;
  /** Seconds of load before each measured run (see LoadRun). */
  warmupSec: number;
  cleanup: Cleanup;
  progress: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh fake upstream in its own process, and a bearer token it accepts. */
async function startFake(cleanup: Cleanup) {
  const { child, ready } = await startChild<{ url: string }>('fake-upstream-child');
  const stop = cleanup.defer(() => child.stop());
  const bearer = `Bearer ${await loginToFake(ready.url)}`;
  return { url: ready.url, child, stop, bearer };
}

async function loginToFake(fakeUrl: string): Promise<string> {
  const response = await fetch(`${fakeUrl}${upstreamPath('login')}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ngc_api_key: BENCH_SERVER_KEY }),
  });
  const body = (await response.json()) as { token?: unknown };
  if (response.status !== 201 || typeof body.token !== 'string') {
    throw new Error(`The fake upstream's login answered ${response.status} without a token.`);
  }
  return body.token;
}

/** A few requests first: a misconfigured target fails here in one clear line, not as 500 × 30 s of errors. */
async function checkAnswers(url: string, headers: Record<string, string>): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${new URL(url).pathname} answered ${response.status}.`);
  }
}

interface Driven {
  figures: LoadFigures;
  /** CPU time per answered request of each of `servers`, in µs. */
  cpuPerRequest: number[];
  /** Share of the machine that processes other than the bench's took during the run; null if unknown. */
  otherWork: number | null;
}

/** One load run against `url`, weighing `servers` (our processes behind it) while it runs. */
async function drive(cleanup: Cleanup, run: LoadRun, servers: BenchChild[]): Promise<Driven> {
  const machineBefore = readMachineCpu();
  const started = performance.now();
  const before = await Promise.all(servers.map(askUsage));
  const { child } = await startChild('load-child');
  const stop = cleanup.defer(() => child.stop());
  try {
    const reply = await child.ask<{ figures: LoadFigures; answeredInAll: number; cpuMicros: number }>(
      { type: 'run', ...run },
      'result',
    );
    const after = await Promise.all(servers.map(askUsage));
    const machineAfter = readMachineCpu();
    const used = after.map((usage, index) => usage.cpuMicros - before[index]!.cpuMicros);
    const ours = used.reduce((sum, micros) => sum + micros, reply.cpuMicros);
    return {
      figures: reply.figures,
      cpuPerRequest: used.map((micros) => micros / Math.max(1, reply.answeredInAll)),
      otherWork:
        machineBefore && machineAfter
          ? otherWorkShare(
              machineBefore,
              machineAfter,
              ours,
              performance.now() - started,
              availableParallelism(),
            )
          : null,
    };
  } finally {
    await stop();
  }
}

export async function runProxyLoad(options: Options): Promise<ProxyLoadResult> {
  const { cleanup, connections, durationSec, warmupSec, progress } = options;
  const experiments = upstreamPath('experiments', { org: DEFAULT_ORG });
  const load = (url: string, authorization: string, servers: BenchChild[]) =>
    drive(cleanup, { url, connections, durationSec, warmupSec, headers: { authorization } }, servers);

  const runDirect = async (when: string) => {
    progress(
      `direct (${when}): ${connections} connections for ${warmupSec} + ${durationSec} s at the fake upstream…`,
    );
    const fake = await startFake(cleanup);
    await checkAnswers(`${fake.url}${experiments}`, { authorization: fake.bearer });
    const driven = await load(`${fake.url}${experiments}`, fake.bearer, [fake.child]);
    await fake.stop();
    return driven;
  };

  const directBefore = await runDirect('before the proxy');

  progress(
    `proxy: ${connections} connections for ${warmupSec} + ${durationSec} s through npm start's proxy…`,
  );
  const fake = await startFake(cleanup);
  // npm start's request log goes to a file, as `npm start > proxy.log` would: each line costs the proxy a
  // write, as it does in a terminal, but no process of ours has to read it while the load runs.
  const proxyLogPath = join(options.workDir, 'npm-start.log');
  const logFd = openSync(proxyLogPath, 'w');
  const app = await startChild<{ url: string }>('app-server-child', {
    env: {
      MONAI_HOST_URL: fake.url,
      MONAI_API_KEY: BENCH_SERVER_KEY,
      HOST: '127.0.0.1',
      PORT: '0',
      BENCH_DIST_DIR: options.distDir,
    },
    stdoutFd: logFd,
    nodeArgs: options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [],
  }).finally(() => closeSync(logFd));
  const stopApp = cleanup.defer(() => app.child.stop());
  const proxyUrl = `${app.ready.url}${proxyPath('experiments', { org: DEFAULT_ORG })}`;
  await checkAnswers(proxyUrl, { authorization: fake.bearer });
  const appBefore = await askUsage(app.child);
  const proxy = await load(proxyUrl, fake.bearer, [app.child, fake.child]);
  await sleep(2_000);
  const appAfter = await askUsage(app.child);
  await stopApp();
  await fake.stop();
  const proxyLogLines = (await readFile(proxyLogPath, 'latin1')).split('\n').length - 1;

  const directAfter = await runDirect('after the proxy');
  const directRuns: [LoadFigures, LoadFigures] = [directBefore.figures, directAfter.figures];
  const directOtherWork =
    directBefore.otherWork === null || directAfter.otherWork === null
      ? null
      : Math.max(directBefore.otherWork, directAfter.otherWork);

  let nginx: LoadFigures | null = null;
  if (nginxOnPath()) {
    progress(
      `nginx: ${connections} connections for ${warmupSec} + ${durationSec} s through nginx proxy_pass…`,
    );
    const nginxFake = await startFake(cleanup);
    const nginxDir = join(options.workDir, 'nginx');
    await mkdir(nginxDir);
    const server = await startNginx(nginxDir, nginxFake.url);
    const stopNginx = cleanup.defer(() => server.stop());
    await checkAnswers(`${server.url}${experiments}`, { authorization: nginxFake.bearer });
    nginx = (await load(`${server.url}${experiments}`, nginxFake.bearer, [])).figures;
    await stopNginx();
    await nginxFake.stop();
  }
  return {
    connections,
    durationSec,
    warmupSec,
    direct: directReference(directRuns),
    directRuns,
    proxy: proxy.figures,
    nginx,
    rssBeforeBytes: appBefore.rssBytes,
    rssAfterBytes: appAfter.rssBytes,
    cpuPerRequestMicros: {
      fakeDirect: (directBefore.cpuPerRequest[0]! + directAfter.cpuPerRequest[0]!) / 2,
      proxy: proxy.cpuPerRequest[0]!,
      fakeBehindProxy: proxy.cpuPerRequest[1]!,
    },
    otherWork: { direct: directOtherWork, proxy: proxy.otherWork },
    proxyLogLines,
  };
}
