// Issue 5's budgets and reference figures, and the verdict on each measured figure. Pure: the bench's
// measurements go in, table rows come out, and any FAIL makes `npm run bench` exit non-zero.
import type { LoadFigures } from './load-figures.ts';

export const BUDGETS = {
  initialLoadBytes: 150 * 1024,
  /** App FCP at most this times the floor page's FCP. */
  fcpFactor: 1.5,
  /** First cell runnable at most this times the floor page's FCP. */
  firstRunnableFactor: 2,
  /** Proxy throughput at least this fraction of calling the upstream directly. */
  throughputRatio: 0.3,
  /** Proxy p99 at most p99Factor × direct p99 + p99SlackMs. */
  p99Factor: 2,
  p99SlackMs: 10,
  rssGrowthBytes: 50_000_000,
  /** Cumulative layout shift of the app's first screen while it starts (issue 12). */
  layoutShift: 0.02,
  /** Share of the machine other processes may take during a load run before its figures mean nothing. */
  otherWorkShare: 0.1,
} as const;

/** Measured on this machine, as quoted in the issue. */
export const REFERENCES = {
  pageWeight: 'floor 121 KiB; Swagger UI 553; Stoplight Elements 647; Scalar 1,365; Thebe+Pyodide >6 MB',
  throughput:
    'nginx 0.73×; undici pooled 0.31×; http-proxy keep-alive 0.30×; http-proxy-middleware 0.16×; global fetch 0.07×',
};

export type Verdict = 'PASS' | 'FAIL' | 'info';

export interface Row {
  figure: string;
  value: string;
  budget: string;
  reference: string;
  verdict: Verdict;
}

export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value: number) => `${Math.round(value)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const pass = (ok: boolean): Verdict => (ok ? 'PASS' : 'FAIL');

export interface SizeFigures {
  appInitialBytes: number;
  floorInitialBytes: number;
  /** Built files that contained a server secret from the build environment. */
  filesWithSecrets: string[];
}

export function sizeRows(figures: SizeFigures): Row[] {
  return [
    {
      figure: 'Initial load (JS+CSS, gzip -9)',
      value: kib(figures.appInitialBytes),
      budget: `≤ ${kib(BUDGETS.initialLoadBytes)}`,
      reference: REFERENCES.pageWeight,
      verdict: pass(figures.appInitialBytes <= BUDGETS.initialLoadBytes),
    },
    {
      figure: 'Floor page (same measure)',
      value: kib(figures.floorInitialBytes),
      budget: '',
      reference: 'expected ~121 KiB',
      verdict: 'info',
    },
    {
      figure: 'No MONAI key in the built files',
      value: figures.filesWithSecrets.length === 0 ? 'none found' : figures.filesWithSecrets.join(', '),
      budget: 'none',
      reference: 'also vite.config.test.ts',
      verdict: pass(figures.filesWithSecrets.length === 0),
    },
  ];
}

export interface PagePair {
  cpuRate: number;
  /** Which of the app's pages, when more than one is timed (e.g. "demo"). */
  name?: string;
  app: { fcpMs: number; readyMs: number; foreignRequests: string[]; layoutShift?: number };
  floor: { fcpMs: number; readyMs: number; foreignRequests: string[] };
}

export function pageRows(pairs: PagePair[]): Row[] {
  return pairs.flatMap(({ cpuRate, name, app, floor }) => {
    const at = `${name ? `${name}, ` : ''}${cpuRate}× CPU`;
    const fcpLimit = BUDGETS.fcpFactor * floor.fcpMs;
    const readyLimit = BUDGETS.firstRunnableFactor * floor.fcpMs;
    return [
      {
        figure: `FCP, ${at}`,
        value: `${ms(app.fcpMs)} (${(app.fcpMs / floor.fcpMs).toFixed(2)}× floor)`,
        budget: `≤ ${BUDGETS.fcpFactor}× floor = ${ms(fcpLimit)}`,
        reference: `floor FCP ${ms(floor.fcpMs)}`,
        verdict: pass(app.fcpMs <= fcpLimit),
      },
      {
        figure: `First cell runnable, ${at}`,
        value: `${ms(app.readyMs)} (${(app.readyMs / floor.fcpMs).toFixed(2)}× floor)`,
        budget: `≤ ${BUDGETS.firstRunnableFactor}× floor FCP = ${ms(readyLimit)}`,
        reference: `floor content rendered ${ms(floor.readyMs)}`,
        verdict: pass(app.readyMs <= readyLimit),
      },
      ...(app.layoutShift === undefined
        ? []
        : [
            {
              figure: `Layout shift while starting (CLS), ${at}`,
              value: app.layoutShift.toFixed(3),
              budget: `≤ ${BUDGETS.layoutShift}`,
              reference: 'issue 12 measured 0.83 (1280×720)',
              verdict: pass(app.layoutShift <= BUDGETS.layoutShift),
            },
          ]),
      {
        figure: `Requests to other hosts, ${at}`,
        value: app.foreignRequests.length === 0 ? 'none' : app.foreignRequests.join(' '),
        budget: 'none',
        reference: `floor: ${floor.foreignRequests.length === 0 ? 'none' : floor.foreignRequests.join(' ')}`,
        verdict: pass(app.foreignRequests.length === 0),
      },
    ];
  });
}

export interface ProxyFigures {
  /** The reference: the mean of `directRuns`. */
  direct: LoadFigures;
  /** Direct at the fake upstream, before and after the proxy's run. */
  directRuns: readonly LoadFigures[];
  proxy: LoadFigures;
  nginx: LoadFigures | null;
  rssBeforeBytes: number;
  rssAfterBytes: number;
  otherWork: { direct: number | null; proxy: number | null };
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A busy machine slows the direct and the proxy run unequally, so their ratio then proves nothing. */
function quietMachineRow({ direct, proxy }: ProxyFigures['otherWork']): Row {
  const figure = 'Other work on the machine during load';
  if (direct === null || proxy === null) {
    return { figure, value: 'not measured (no /proc/stat)', budget: '', reference: '', verdict: 'info' };
  }
  return {
    figure,
    value: `direct run ${percent(direct)}, proxy run ${percent(proxy)} of CPU`,
    budget: `≤ ${percent(BUDGETS.otherWorkShare)}`,
    reference: 'else rerun on a quiet machine',
    verdict: pass(Math.max(direct, proxy) <= BUDGETS.otherWorkShare),
  };
}

export function proxyRows(figures: ProxyFigures): Row[] {
  const { direct, directRuns, proxy, nginx, rssBeforeBytes, rssAfterBytes } = figures;
  const meanOf = (pick: (run: LoadFigures) => string) =>
    directRuns.length > 1 ? `, mean of ${directRuns.map(pick).join(' and ')}` : '';
  const ratio = proxy.requestsPerSec / direct.requestsPerSec;
  const p99Limit = BUDGETS.p99Factor * direct.p99Ms + BUDGETS.p99SlackMs;
  const growth = rssAfterBytes - rssBeforeBytes;
  const failed = proxy.errors + proxy.non2xx;
  const nginxRatio = nginx
    ? `nginx here ${(nginx.requestsPerSec / direct.requestsPerSec).toFixed(2)}×; `
    : '';
  return [
    {
      figure: 'Proxy throughput vs direct',
      value:
        `${ratio.toFixed(2)}× (${Math.round(proxy.requestsPerSec)} vs ${Math.round(direct.requestsPerSec)} req/s` +
        `${meanOf((run) => String(Math.round(run.requestsPerSec)))})`,
      budget: `≥ ${BUDGETS.throughputRatio}×`,
      reference: nginxRatio + REFERENCES.throughput,
      verdict: pass(ratio >= BUDGETS.throughputRatio),
    },
    {
      figure: 'Proxy p99 latency',
      value: `${ms(proxy.p99Ms)} (direct ${ms(direct.p99Ms)}${meanOf((run) => ms(run.p99Ms))})`,
      budget: `≤ ${BUDGETS.p99Factor}× direct + ${BUDGETS.p99SlackMs} ms = ${ms(p99Limit)}`,
      reference: nginx ? `nginx ${ms(nginx.p99Ms)}` : '',
      verdict: pass(proxy.p99Ms <= p99Limit),
    },
    {
      figure: 'Proxy errors (connection + non-2xx)',
      value: `${proxy.errors} + ${proxy.non2xx}`,
      budget: '0',
      reference: `direct ${direct.errors} + ${direct.non2xx}`,
      verdict: pass(failed === 0),
    },
    {
      figure: 'Proxy timeouts',
      value: String(proxy.timeouts),
      budget: '0',
      reference: `direct ${direct.timeouts}`,
      verdict: pass(proxy.timeouts === 0),
    },
    {
      figure: 'App server RSS growth',
      value: `${growth >= 0 ? '+' : ''}${mb(growth)} (${mb(rssBeforeBytes)} → ${mb(rssAfterBytes)})`,
      budget: `≤ ${mb(BUDGETS.rssGrowthBytes)}`,
      reference: '',
      verdict: pass(growth <= BUDGETS.rssGrowthBytes),
    },
    quietMachineRow(figures.otherWork),
  ];
}
