/** What one load run is asked to do. */
export interface LoadRun {
  url: string;
  connections: number;
  durationSec: number;
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
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  /** Answers with a status outside 2xx: a 502 or 504 from the proxy counts here. */
  non2xx: number;
}
