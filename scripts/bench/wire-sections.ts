// Issue 14's sections of `npm run bench`: bytes on the wire (first and repeat visit, live and demo mode,
// by Chromium's accounting), 200 attendees' demo first visits at once against one `npm start`, and
// Lighthouse in both modes. Each section adds its rows; a failure in one does not stop the others.
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { runAttendees } from './attendees.ts';
import type { Row } from './budgets.ts';
import { startChild } from './child-process.ts';
import type { Cleanup } from './cleanup.ts';
import { medianRun, type LighthouseResult } from './lighthouse-median.ts';
import { runLighthouse } from './lighthouse.ts';
import { startLiveApp } from './page-servers.ts';
import { buttonEnabled, launchChromium } from './page-timing.ts';
import { measureWireBytes, type ModeBytes } from './wire-bytes.ts';
import { startWireRelay } from './wire-relay.ts';
import { attendeeRows, lighthouseRows, WIRE_BUDGETS, wireDetail, wireRows } from './wire-budgets.ts';

const MODES = ['live', 'demo'] as const;
/** Lighthouse runs per mode; the median counts (medianRun). BENCH_LIGHTHOUSE_RUNS overrides, for quick trials. */
const LIGHTHOUSE_RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS) || 5);

export const WIRE_SECTIONS = {
  bytes: 'Bytes on the wire (npm start, Chromium)',
  attendees: `${WIRE_BUDGETS.attendees} attendees at once (demo first visit)`,
  lighthouse: 'Lighthouse 12 (mobile defaults, offline)',
};

export async function runWireSections(options: {
  distDir: string;
  workDir: string;
  section(name: string, run: () => Promise<void>): Promise<void>;
  rows: Row[];
  cleanup: Cleanup;
}): Promise<void> {
  const { distDir, section, rows, cleanup } = options;
  let bytes: ModeBytes[] = [];

  await section(WIRE_SECTIONS.bytes, async () => {
    const live = await startLiveApp(distDir);
    const stopLive = cleanup.defer(() => live.close());
    const relay = await startWireRelay(live.url);
    const stopRelay = cleanup.defer(() => relay.close());
    const browser = await launchChromium();
    const stopBrowser = cleanup.defer(() => browser.close());
    bytes = await measureWireBytes(
      browser,
      MODES.map((mode) => ({
        name: mode,
        url: `${relay.url}/?mode=${mode}`,
        waitUntilReady: buttonEnabled('Run Setup'),
      })),
      relay,
    );
    await stopBrowser();
    await stopRelay();
    await stopLive();
    console.log(wireDetail(bytes));
    rows.push(...wireRows(bytes));
  });

  await section(WIRE_SECTIONS.attendees, async () => {
    const demo = bytes.find((mode) => mode.mode === 'demo');
    if (!demo) throw new Error('the demo first visit was not measured, so its files are unknown');
    const paths = demo.first.files.map((file) => file.path);
    const startApp = async (log: string) => {
      const logFd = openSync(join(options.workDir, log), 'w');
      const app = await startChild<{ url: string }>('app-server-child', {
        env: { HOST: '127.0.0.1', PORT: '0', BENCH_DIST_DIR: distDir },
        stdoutFd: logFd,
      }).finally(() => closeSync(logFd));
      return { app, stop: cleanup.defer(() => app.child.stop()) };
    };
    // The attendees' client shares this machine's cores with the server; in a workshop it would not. So it
    // runs once first against a throwaway server, to be JIT-compiled before the measured run, which then
    // meets a freshly started (cold) npm start, as a workshop's first minute does.
    const warm = await startApp('attendees-warm-up.log');
    const warmUp = await runAttendees({
      baseUrl: warm.app.ready.url,
      paths,
      attendees: WIRE_BUDGETS.attendees,
      server: warm.app.child,
    });
    await warm.stop();
    const measured = await startApp('attendees-npm-start.log');
    const result = await runAttendees({
      baseUrl: measured.app.ready.url,
      paths,
      attendees: WIRE_BUDGETS.attendees,
      server: measured.app.child,
    });
    await measured.stop();
    console.log(
      `  each attendee fetched ${paths.length} files; ${result.requests} requests, ` +
        `${(result.bytes / 1e6).toFixed(1)} MB of bodies in ${Math.round(result.totalMs)} ms; CPU: npm start ` +
        `${Math.round(result.serverCpuMs)} ms, the attendees' client ${Math.round(result.clientCpuMs)} ms ` +
        `(warm-up run, not counted: ${Math.round(warmUp.totalMs)} ms, ${warmUp.errors} errors)`,
    );
    rows.push(...attendeeRows(result));
  });

  await section(WIRE_SECTIONS.lighthouse, async () => {
    const live = await startLiveApp(distDir);
    const stopLive = cleanup.defer(() => live.close());
    const runs = new Map<string, LighthouseResult[]>(MODES.map((mode) => [mode, []]));
    // The modes take turns, so a slow spell on the machine does not fall on one mode's runs only.
    for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
      for (const mode of MODES) {
        const result = await runLighthouse(mode, `${live.url}/?mode=${mode}`);
        runs.get(mode)!.push(result);
        console.log(
          `  ${mode}, run ${run}: ${JSON.stringify(result.scores)}; FCP ${Math.round(result.fcpMs)} ms, ` +
            `LCP ${Math.round(result.lcpMs)} ms, TBT ${Math.round(result.tbtMs)} ms; ` +
            `short of full marks: ${result.failing.join(', ') || 'none'}`,
        );
      }
    }
    await stopLive();
    rows.push(...lighthouseRows(MODES.map((mode) => medianRun(runs.get(mode)!))));
  });
}
