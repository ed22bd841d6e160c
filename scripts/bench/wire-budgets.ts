// Issue 14's budgets: what an attendee downloads, a workshop's 200 simultaneous first visits, and Lighthouse.
// Pure: figures in, table rows out (any FAIL makes `npm run bench` exit non-zero).
import type { AttendeesResult } from './attendees.ts';
import { kib, ms, type Row, type Verdict } from './budgets.ts';
import type { LighthouseResult } from './lighthouse-median.ts';
import type { ModeBytes } from './wire-bytes.ts';

export const WIRE_BUDGETS = {
  firstVisitBytes: { live: 130 * 1024, demo: 230 * 1024 } as Record<string, number>,
  repeatVisitBytes: 10 * 1024,
  attendees: 200,
  attendeesTotalMs: 5_000,
  lighthousePerformance: 95,
  lighthouseOther: 100,
} as const;

export const WIRE_REFERENCES =
  'Swagger UI 553 KiB; Stoplight Elements 647; Scalar 1,365 (gzip); bare Vite + React 19 + react-markdown + React Query 121';

const pass = (ok: boolean): Verdict => (ok ? 'PASS' : 'FAIL');

export function wireRows(modes: ModeBytes[]): Row[] {
  return modes.flatMap(({ mode, first, repeat }) => {
    const firstBudget = WIRE_BUDGETS.firstVisitBytes[mode];
    return [
      {
        figure: `First visit on the wire, ${mode}`,
        value: `${kib(first.totalBytes)} (${first.files.length} files)`,
        budget: firstBudget === undefined ? '' : `≤ ${kib(firstBudget)}`,
        reference: WIRE_REFERENCES,
        verdict: firstBudget === undefined ? 'info' : pass(first.totalBytes <= firstBudget),
      },
      {
        figure: `Until the first cell can run, ${mode}`,
        value: kib(first.untilReadyBytes),
        budget: '',
        reference: 'part of the first visit',
        verdict: 'info' as Verdict,
      },
      {
        figure: `Repeat visit on the wire, ${mode}`,
        value: `${kib(repeat.totalBytes)} (${repeat.files.length} requests)`,
        budget: `≤ ${kib(WIRE_BUDGETS.repeatVisitBytes)}`,
        reference: 'index.html and the service worker revalidate (304)',
        verdict: pass(repeat.totalBytes <= WIRE_BUDGETS.repeatVisitBytes),
      },
    ];
  });
}

export function attendeeRows(result: AttendeesResult): Row[] {
  const cpuShare = result.serverCpuMs / result.totalMs;
  return [
    {
      figure: `${result.attendees} demo first visits at once: all done`,
      value: `${ms(result.totalMs)} (p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)})`,
      budget: `≤ ${ms(WIRE_BUDGETS.attendeesTotalMs)}`,
      reference: `${result.requests} requests, ${(result.bytes / 1e6).toFixed(1)} MB`,
      verdict: pass(result.totalMs <= WIRE_BUDGETS.attendeesTotalMs && result.attendees > 0),
    },
    {
      figure: `${result.attendees} demo first visits at once: errors`,
      value: String(result.errors),
      budget: '0',
      reference: '',
      verdict: pass(result.errors === 0),
    },
    {
      figure: `${result.attendees} demo first visits at once: server CPU`,
      value: `${ms(result.serverCpuMs)} (${Math.round(cpuShare * 100)}% of one core)`,
      budget: '',
      reference: `npm start in its own process; the attendees' client used ${ms(result.clientCpuMs)} of the same cores`,
      verdict: 'info',
    },
  ];
}

export function lighthouseRows(results: LighthouseResult[]): Row[] {
  return results.flatMap(({ name, scores, fcpMs, lcpMs, tbtMs, failing, performanceRuns }) => [
    {
      figure: `Lighthouse performance, ${name}`,
      value:
        `${scores.performance} (FCP ${ms(fcpMs)}, LCP ${ms(lcpMs)}, TBT ${ms(tbtMs)})` +
        (performanceRuns && performanceRuns.length > 1
          ? `; median of ${performanceRuns.length} runs: ${performanceRuns.join(', ')}`
          : ''),
      budget: `≥ ${WIRE_BUDGETS.lighthousePerformance}`,
      reference: failing.length ? `short of full marks: ${failing.join(', ')}` : '',
      verdict: pass(scores.performance >= WIRE_BUDGETS.lighthousePerformance),
    },
    {
      figure: `Lighthouse a11y / best practices / SEO, ${name}`,
      value: `${scores.accessibility} / ${scores['best-practices']} / ${scores.seo}`,
      budget: `${WIRE_BUDGETS.lighthouseOther} each`,
      reference: '',
      verdict: pass(
        [scores.accessibility, scores['best-practices'], scores.seo].every(
          (score) => score >= WIRE_BUDGETS.lighthouseOther,
        ),
      ),
    },
  ]);
}

export function wireDetail(modes: ModeBytes[]): string {
  const list = (files: ModeBytes['first']['files']) =>
    files
      .map((file) =>
        file.byServiceWorker ? `${file.path} (by the service worker)` : `${file.path} ${file.bytes} B`,
      )
      .join('; ');
  return modes
    .map(
      ({ mode, first, repeat }) =>
        `  ${mode}: first visit ${kib(first.totalBytes)} on the wire: ${list(first.files)}\n` +
        `  ${mode}: repeat visit ${kib(repeat.totalBytes)} on the wire: ${list(repeat.files)}`,
    )
    .join('\n');
}
