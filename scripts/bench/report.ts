// What `npm run bench` prints: the detail of each measurement, then one table of every budgeted figure with
// its budget, verdict and reference. Pure string building; bench.ts does the printing.
import { kib, ms, type Row } from './budgets.ts';
import type { BundleSize } from './bundle-size.ts';
import type { LoadFigures } from './load-figures.ts';
import type { PageTiming } from './page-timing.ts';

/** Columns padded to their widest cell; the last column is left ragged so a long reference stays readable. */
export function formatTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join(' │ ')
      .trimEnd();
  const rule = widths
    .map((width, column) => '─'.repeat(column === widths.length - 1 ? 3 : width))
    .join('─┼─');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function summaryTable(rows: Row[]): string {
  return formatTable(
    ['Figure', 'Value', 'Budget', 'Verdict', 'Reference'],
    rows.map((row) => [row.figure, row.value, row.budget, row.verdict, row.reference]),
  );
}

export function exitCodeFor(rows: Row[]): 0 | 1 {
  return rows.some((row) => row.verdict === 'FAIL') ? 1 : 0;
}

export function bundleDetail(app: BundleSize, floor: BundleSize): string {
  const files = (list: BundleSize['initial']) => list.map((file) => [`  ${file.file}`, kib(file.gzipBytes)]);
  return [
    'Initial load of the app (what index.html loads, plus static imports), gzip -9:',
    formatTable(['  file', 'gzip'], [...files(app.initial), ['  total', kib(app.initialGzipBytes)]]),
    '',
    'Lazy chunks (dynamic imports: loaded only when used), gzip -9:',
    app.lazy.length === 0 ? '  none' : formatTable(['  file', 'gzip'], files(app.lazy)),
    '',
    'Floor page (bench/floor: React 19, react-markdown, remark-gfm, React Query), gzip -9:',
    formatTable(['  file', 'gzip'], [...files(floor.initial), ['  total', kib(floor.initialGzipBytes)]]),
  ].join('\n');
}

export function pageDetail(timings: PageTiming[]): string {
  const rows = timings.map((timing) => [
    `  ${timing.target}`,
    `${timing.cpuRate}×`,
    ms(timing.fcpMs),
    ms(timing.readyMs),
    timing.samples.map((one) => `${Math.round(one.fcpMs)}/${Math.round(one.readyMs)}`).join(' '),
  ]);
  return [
    'Page timing, headless Chromium, median of fresh contexts (ready: app = "Run Setup" enabled and painted;',
    'floor = its markdown rendered and painted):',
    formatTable(['  page', 'CPU', 'FCP', 'ready', 'samples FCP/ready (ms)'], rows),
  ].join('\n');
}

export function loadDetail(
  connections: number,
  durationSec: number,
  warmupSec: number,
  runs: { name: string; figures: LoadFigures | null; note?: string }[],
  rss: { beforeBytes: number; afterBytes: number },
): string {
  const measured = runs.flatMap(({ name, figures }) => (figures ? [{ name, figures }] : []));
  const rows = measured.map(({ name, figures }) => [
    `  ${name}`,
    figures.requestsPerSec.toFixed(0),
    String(figures.total),
    ms(figures.p50Ms),
    ms(figures.p99Ms),
    String(figures.errors),
    String(figures.timeouts),
    String(figures.non2xx),
  ]);
  const notes = runs.flatMap(({ name, figures, note }) =>
    figures ? [] : [`  ${name}: ${note ?? 'skipped'}`],
  );
  return [
    `Proxy hot path: GET experiments, ${connections} connections for ${durationSec} s after a ${warmupSec} s ` +
      'warm-up (autocannon in its own process; errors, timeouts and non-2xx include the warm-up). The direct ' +
      'runs before and after the proxy’s are averaged into its reference:',
    formatTable(['  target', 'req/s', 'responses', 'p50', 'p99', 'errors', 'timeouts', 'non-2xx'], rows),
    ...notes,
    `  app server RSS: ${(rss.beforeBytes / 1e6).toFixed(1)} MB before, ${(rss.afterBytes / 1e6).toFixed(1)} MB after`,
  ].join('\n');
}
