/** What one load run is asked to do. */
export interface LoadRun {
  url: string;
  connections: number;
  durationSec: number;
  /**
   * Seconds of the same load before the measured part: the JIT compiles the hot path in the first second or
   * two, which would otherwise put the cold start into the p99 (and cold starts differ between targets).
   */
  warmupSec: number;
  headers: Record<string, string>;
}

/** What one load run measured (autocannon's figures). */
export interface LoadFigures {
  /** Mean of the per-second request counts. */
  requestsPerSec: number;
  /** Responses received. */
  total: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts included. These three counts include the warm-up's. */
  errors: number;
  timeouts: number;
  /** Answers with a status outside 2xx: a 502 or 504 from the proxy counts here. */
  non2xx: number;
}

/**
 * The direct reference: the mean of the direct runs made before and after the proxy's. This VM's speed drifts
 * (the same proxy build has used 108 and 136 µs of CPU per request in runs minutes apart), so a single direct
 * run beside the proxy's compares two different machines; runs on both sides of it average the drift out.
 * Counts (responses, errors, timeouts) are summed.
 */
export function directReference(runs: readonly LoadFigures[]): LoadFigures {
  if (runs.length === 0) throw new Error('directReference needs at least one run.');
  const sum = (pick: (figures: LoadFigures) => number) =>
    runs.reduce((total, figures) => total + pick(figures), 0);
  const mean = (pick: (figures: LoadFigures) => number) => sum(pick) / runs.length;
  return {
    requestsPerSec: mean((figures) => figures.requestsPerSec),
    total: sum((figures) => figures.total),
    p50Ms: mean((figures) => figures.p50Ms),
    p99Ms: mean((figures) => figures.p99Ms),
    errors: sum((figures) => figures.errors),
    timeouts: sum((figures) => figures.timeouts),
    non2xx: sum((figures) => figures.non2xx),
  };
}
