// How much of the machine other work took while a load run was going: on 2 cores, a test suite running beside
// the bench slows the direct run and the proxy run by different amounts and makes their ratio meaningless.
import { readFileSync } from 'node:fs';

export interface MachineCpu {
  /** Clock ticks spent on anything but idle and iowait, summed over all cores. */
  busy: number;
  total: number;
}

/** The aggregate `cpu` line of /proc/stat: user nice system idle iowait irq softirq steal … */
export function parseProcStat(text: string): MachineCpu | null {
  const line = text.split('\n').find((row) => /^cpu\s/.test(row));
  if (!line) return null;
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (ticks.length < 5 || ticks.some((value) => !Number.isFinite(value))) return null;
  const total = ticks.reduce((sum, value) => sum + value, 0);
  return { busy: total - ticks[3]! - ticks[4]!, total };
}

/** null where there is no /proc/stat (not Linux). */
export function readMachineCpu(): MachineCpu | null {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The share of the whole machine (0…1) that processes other than ours kept busy between two readings.
 * `ourCpuMicros` is the CPU time our own processes used in that time.
 */
export function otherWorkShare(
  before: MachineCpu,
  after: MachineCpu,
  ourCpuMicros: number,
  wallMs: number,
  cores: number,
): number {
  const elapsed = after.total - before.total;
  if (elapsed <= 0 || wallMs <= 0) return 0;
  const busyShare = (after.busy - before.busy) / elapsed;
  const ourShare = ourCpuMicros / (wallMs * 1000 * cores);
  return Math.max(0, busyShare - ourShare);
}
