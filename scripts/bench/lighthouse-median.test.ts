import { describe, expect, it } from 'vitest';
import { medianRun, type LighthouseResult } from './lighthouse-median.ts';

const run = (performance: number, tbtMs: number, seo = 100): LighthouseResult => ({
  name: 'demo',
  scores: { performance, accessibility: 100, 'best-practices': 100, seo },
  fcpMs: 1000,
  lcpMs: 1100,
  tbtMs,
  failing: performance < 90 ? ['total-blocking-time'] : [],
});

describe('medianRun', () => {
  it('reports the run with the middle performance score, and every run’s score', () => {
    const median = medianRun([run(98, 100), run(86, 600), run(95, 220), run(91, 380), run(97, 150)]);
    expect(median.scores.performance).toBe(95);
    expect(median.tbtMs).toBe(220);
    expect(median.performanceRuns).toEqual([86, 91, 95, 97, 98]);
  });

  it('takes the lower middle run of an even count, so a tie does not round up', () => {
    expect(medianRun([run(96, 0), run(94, 0)]).scores.performance).toBe(94);
  });

  it('keeps the lowest score of the other categories: one run short of 100 shows', () => {
    const median = medianRun([run(96, 0), run(97, 0, 92), run(95, 0)]);
    expect(median.scores.seo).toBe(92);
  });

  it('refuses no runs at all', () => {
    expect(() => medianRun([])).toThrow();
  });
});
