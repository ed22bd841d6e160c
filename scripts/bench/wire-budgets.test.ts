import { describe, expect, it } from 'vitest';
import type { AttendeesResult } from './attendees.ts';
import type { LighthouseResult } from './lighthouse-median.ts';
import type { ModeBytes, Visit } from './wire-bytes.ts';
import { attendeeRows, lighthouseRows, wireRows } from './wire-budgets.ts';

const verdictOf = (rows: { figure: string; verdict: string }[], figure: string) =>
  rows.find((row) => row.figure.startsWith(figure))?.verdict;

const visit = (totalBytes: number): Visit => ({ totalBytes, untilReadyBytes: totalBytes / 2, files: [] });

describe('wireRows', () => {
  it.each([
    ['live at 130 KiB', 'live', 130 * 1024, 10 * 1024, 'PASS', 'PASS'],
    ['live one byte over', 'live', 130 * 1024 + 1, 0, 'FAIL', 'PASS'],
    ['demo at 230 KiB', 'demo', 230 * 1024, 0, 'PASS', 'PASS'],
    ['demo one byte over', 'demo', 230 * 1024 + 1, 0, 'FAIL', 'PASS'],
    ['a repeat visit over 10 KiB', 'demo', 1000, 10 * 1024 + 1, 'PASS', 'FAIL'],
  ])('%s', (_name, mode, first, repeat, firstVerdict, repeatVerdict) => {
    const modes: ModeBytes[] = [{ mode, first: visit(first), repeat: visit(repeat) }];
    const rows = wireRows(modes);
    expect(verdictOf(rows, 'First visit')).toBe(firstVerdict);
    expect(verdictOf(rows, 'Repeat visit')).toBe(repeatVerdict);
    expect(verdictOf(rows, 'Until the first cell')).toBe('info');
  });
});

describe('attendeeRows', () => {
  const result = (figures: Partial<AttendeesResult>): AttendeesResult => ({
    attendees: 200,
    requests: 3200,
    totalMs: 2000,
    p50Ms: 1000,
    p99Ms: 1900,
    errors: 0,
    bytes: 30e6,
    serverCpuMs: 1500,
    clientCpuMs: 1800,
    ...figures,
  });
  it.each([
    ['within both', {}, 'PASS', 'PASS'],
    ['exactly 5 s', { totalMs: 5000 }, 'PASS', 'PASS'],
    ['over 5 s', { totalMs: 5001 }, 'FAIL', 'PASS'],
    ['one error', { errors: 1 }, 'PASS', 'FAIL'],
  ])('%s', (_name, figures, timeVerdict, errorVerdict) => {
    const rows = attendeeRows(result(figures));
    expect(verdictOf(rows, '200 demo first visits at once: all done')).toBe(timeVerdict);
    expect(verdictOf(rows, '200 demo first visits at once: errors')).toBe(errorVerdict);
  });
});

describe('lighthouseRows', () => {
  const scores = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
  const run = (changed: Partial<typeof scores>): LighthouseResult => ({
    name: 'demo',
    scores: { ...scores, ...changed },
    fcpMs: 900,
    lcpMs: 1200,
    tbtMs: 150,
    failing: [],
  });
  it.each([
    ['all at the bar', {}, 'PASS', 'PASS'],
    ['performance 94', { performance: 94 }, 'FAIL', 'PASS'],
    ['SEO 99', { seo: 99 }, 'PASS', 'FAIL'],
  ])('%s', (_name, changed, perfVerdict, otherVerdict) => {
    const rows = lighthouseRows([run(changed)]);
    expect(verdictOf(rows, 'Lighthouse performance')).toBe(perfVerdict);
    expect(verdictOf(rows, 'Lighthouse a11y')).toBe(otherVerdict);
  });
});
