// What a Lighthouse run reports, and one mode's result over several runs (lighthouse.ts runs them).

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  name: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  /** Audits that cost points: their titles, for the report. */
  failing: string[];
  /** Set on a median result: every run's performance score, lowest first. */
  performanceRuns?: number[];
}

/**
 * One mode's result over several runs: Lighthouse's scores vary from run to run on a small, shared machine
 * (on this two-core machine the same build scored 86 to 98), and Lighthouse's own advice is to take the
 * median of five. The run with the median performance score stands for the mode (its FCP, LCP, TBT and
 * failing audits are reported); the other categories take their lowest score over the runs, so a single
 * run below 100 there still shows.
 */
export function medianRun(runs: LighthouseResult[]): LighthouseResult {
  if (runs.length === 0) throw new Error('medianRun: no runs');
  const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  const middle = byPerformance[Math.floor((byPerformance.length - 1) / 2)]!;
  const lowest = (category: Category) => Math.min(...runs.map((run) => run.scores[category]));
  return {
    ...middle,
    scores: {
      performance: middle.scores.performance,
      accessibility: lowest('accessibility'),
      'best-practices': lowest('best-practices'),
      seo: lowest('seo'),
    },
    performanceRuns: byPerformance.map((run) => run.scores.performance),
  };
}
