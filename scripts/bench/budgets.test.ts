import { describe, expect, it } from 'vitest';
import { pageRows, proxyRows, sizeRows, type PagePair, type ProxyFigures } from './budgets.ts';
import { directReference, type LoadFigures } from './load-figures.ts';

const verdictOf = (rows: { figure: string; verdict: string }[], figure: string) =>
  rows.find((row) => row.figure.startsWith(figure))?.verdict;

describe('sizeRows', () => {
  it.each([
    ['under the budget', 146_515, [], 'PASS', 'PASS'],
    ['exactly 150 KiB', 150 * 1024, [], 'PASS', 'PASS'],
    ['one byte over', 150 * 1024 + 1, [], 'FAIL', 'PASS'],
    ['a key in the output', 100_000, ['dist/assets/index.js'], 'PASS', 'FAIL'],
  ])('%s', (_name, appInitialBytes, filesWithSecrets, sizeVerdict, secretVerdict) => {
    const rows = sizeRows({ appInitialBytes, floorInitialBytes: 126_399, filesWithSecrets });
    expect(verdictOf(rows, 'Initial load')).toBe(sizeVerdict);
    expect(verdictOf(rows, 'No MONAI key')).toBe(secretVerdict);
    expect(verdictOf(rows, 'Floor page')).toBe('info');
  });
});

describe('pageRows', () => {
  const pair = (app: Partial<PagePair['app']>, floorFcpMs = 200): PagePair => ({
    cpuRate: 4,
    app: { fcpMs: 250, readyMs: 300, foreignRequests: [], ...app },
    floor: { fcpMs: floorFcpMs, readyMs: floorFcpMs, foreignRequests: [] },
  });

  it.each([
    ['within both budgets', {}, 'PASS', 'PASS', 'PASS'],
    ['FCP exactly 1.5× floor', { fcpMs: 300 }, 'PASS', 'PASS', 'PASS'],
    ['FCP just over 1.5× floor', { fcpMs: 301 }, 'FAIL', 'PASS', 'PASS'],
    ['runnable exactly 2× floor FCP', { readyMs: 400 }, 'PASS', 'PASS', 'PASS'],
    ['runnable over 2× floor FCP', { readyMs: 401 }, 'PASS', 'FAIL', 'PASS'],
    [
      'a font from another host',
      { foreignRequests: ['https://fonts.example/a.woff2'] },
      'PASS',
      'PASS',
      'FAIL',
    ],
    ['no FCP measured', { fcpMs: Number.NaN }, 'FAIL', 'PASS', 'PASS'],
  ])('%s', (_name, app, fcp, ready, hosts) => {
    const rows = pageRows([pair(app)]);
    expect(verdictOf(rows, 'FCP, 4×')).toBe(fcp);
    expect(verdictOf(rows, 'First cell runnable, 4×')).toBe(ready);
    expect(verdictOf(rows, 'Requests to other hosts, 4×')).toBe(hosts);
  });
});

describe('pageRows layout shift', () => {
  const rows = (layoutShift?: number) =>
    pageRows([
      {
        cpuRate: 1,
        app: { fcpMs: 250, readyMs: 300, foreignRequests: [], layoutShift },
        floor: { fcpMs: 200, readyMs: 200, foreignRequests: [] },
      },
    ]);

  it.each([
    [0, 'PASS'],
    [0.02, 'PASS'],
    [0.021, 'FAIL'],
    [0.83, 'FAIL'],
  ])('CLS %s is a %s', (layoutShift, verdict) => {
    expect(verdictOf(rows(layoutShift), 'Layout shift while starting (CLS), 1×')).toBe(verdict);
  });

  it('has no row when nothing was measured', () => {
    expect(rows().some((row) => row.figure.startsWith('Layout shift'))).toBe(false);
  });
});

describe('proxyRows', () => {
  const load = (figures: Partial<LoadFigures>): LoadFigures => ({
    requestsPerSec: 10_000,
    total: 300_000,
    p50Ms: 40,
    p99Ms: 60,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    ...figures,
  });
  const run = (proxy: Partial<LoadFigures>, extra: Partial<ProxyFigures> = {}): ProxyFigures => ({
    direct: load({}),
    directRuns: [load({})],
    proxy: load({ requestsPerSec: 4_000, p99Ms: 100, ...proxy }),
    nginx: null,
    rssBeforeBytes: 80e6,
    rssAfterBytes: 100e6,
    otherWork: { direct: 0.02, proxy: 0.01 },
    ...extra,
  });

  it.each([
    [
      'a healthy proxy',
      run({}),
      { throughput: 'PASS', p99: 'PASS', errors: 'PASS', timeouts: 'PASS', rss: 'PASS' },
    ],
    ['exactly 0.3× direct', run({ requestsPerSec: 3_000 }), { throughput: 'PASS' }],
    ['under 0.3× direct', run({ requestsPerSec: 2_999 }), { throughput: 'FAIL' }],
    ['p99 exactly 2× direct + 10 ms', run({ p99Ms: 130 }), { p99: 'PASS' }],
    ['p99 over 2× direct + 10 ms', run({ p99Ms: 131 }), { p99: 'FAIL' }],
    ['one connection error', run({ errors: 1 }), { errors: 'FAIL' }],
    ['one 502 from the proxy', run({ non2xx: 1 }), { errors: 'FAIL' }],
    ['one timeout', run({ timeouts: 1 }), { timeouts: 'FAIL' }],
    ['RSS up exactly 50 MB', run({}, { rssAfterBytes: 130e6 }), { rss: 'PASS' }],
    ['RSS up 51 MB', run({}, { rssAfterBytes: 131e6 }), { rss: 'FAIL' }],
    ['RSS down', run({}, { rssAfterBytes: 60e6 }), { rss: 'PASS' }],
  ])('%s', (_name, figures, expected) => {
    const rows = proxyRows(figures);
    const verdicts = {
      throughput: verdictOf(rows, 'Proxy throughput'),
      p99: verdictOf(rows, 'Proxy p99'),
      errors: verdictOf(rows, 'Proxy errors'),
      timeouts: verdictOf(rows, 'Proxy timeouts'),
      rss: verdictOf(rows, 'App server RSS'),
      quiet: verdictOf(rows, 'Other work'),
    };
    expect(verdicts).toMatchObject(expected);
  });

  it('puts nginx’s ratio beside the references when nginx ran', () => {
    const rows = proxyRows(run({}, { nginx: load({ requestsPerSec: 7_300, p99Ms: 70 }) }));
    expect(rows[0]?.reference).toMatch(/^nginx here 0\.73×; nginx 0\.73×/);
    expect(rows[1]?.reference).toBe('nginx 70 ms');
  });

  it('judges p99 and throughput against the mean of the direct runs on both sides of the proxy’s', () => {
    // The machine slowed down after the first direct run: alone, the fast run would fail a sound proxy.
    const directRuns = [
      load({ requestsPerSec: 12_000, p99Ms: 40 }),
      load({ requestsPerSec: 8_000, p99Ms: 60 }),
    ];
    const rows = proxyRows(run({ p99Ms: 105 }, { direct: directReference(directRuns), directRuns }));
    expect(rows[1]).toMatchObject({
      value: '105 ms (direct 50 ms, mean of 40 ms and 60 ms)',
      budget: '≤ 2× direct + 10 ms = 110 ms',
      verdict: 'PASS',
    });
    expect(rows[0]?.value).toBe('0.40× (4000 vs 10000 req/s, mean of 12000 and 8000)');
  });
});

describe('directReference', () => {
  it('averages rates and latencies and adds up counts', () => {
    const figures = (requestsPerSec: number, p50Ms: number, p99Ms: number, errors: number) => ({
      requestsPerSec,
      total: requestsPerSec * 30,
      p50Ms,
      p99Ms,
      errors,
      timeouts: errors,
      non2xx: 1,
    });
    expect(directReference([figures(15_000, 28, 50, 0), figures(13_000, 32, 60, 2)])).toEqual({
      requestsPerSec: 14_000,
      total: 840_000,
      p50Ms: 30,
      p99Ms: 55,
      errors: 2,
      timeouts: 2,
      non2xx: 2,
    });
  });

  it('refuses no runs at all', () => {
    expect(() => directReference([])).toThrow(/at least one run/);
  });
});
