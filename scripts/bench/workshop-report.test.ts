import { describe, expect, it } from 'vitest';
import type { WorkshopLoadResult } from './workshop-load.ts';
import { workshopRows } from './workshop-report.ts';

const result: WorkshopLoadResult = {
  attendees: 200,
  events: 2300,
  errors: [],
  delayMs: { p50: 150, p99: 900, max: 1200 },
  roundTripMs: { p50: 90, p99: 800 },
  retried: 0,
  clientsCpuShareOfCore: 0.07,
  unseen: 0,
  runSec: 25,
  rssBeforeBytes: 100e6,
  rssAfterBytes: 104e6,
  cpuShareOfCore: 0.07,
  cpuPerEventMicros: 800,
  finalBoard: undefined,
};
const verdicts = (r: WorkshopLoadResult) => workshopRows(r).map((row) => row.verdict);

describe('workshopRows', () => {
  it('passes with no errors and p99 within a second', () => {
    expect(verdicts(result)).toEqual(['PASS', 'PASS', 'info', 'info']);
  });

  it('fails on any error, or an event the dashboard never showed', () => {
    expect(verdicts({ ...result, errors: ['report answered 503'] })[0]).toBe('FAIL');
    expect(verdicts({ ...result, unseen: 1 })[0]).toBe('FAIL');
  });

  it('fails when the dashboard is more than a second behind at p99', () => {
    expect(verdicts({ ...result, delayMs: { ...result.delayMs, p99: 1_001 } })[1]).toBe('FAIL');
  });
});
