// The workshop section's figures, beside their targets (issue 13): no errors, and the presenter sees an event
// within a second at p99. RSS growth and CPU are reported for reference.
import type { Row } from './budgets.ts';
import type { WorkshopLoadResult } from './workshop-load.ts';

export const WORKSHOP_DELAY_P99_BUDGET_MS = 1_000;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function workshopRows(result: WorkshopLoadResult): Row[] {
  const errors = result.errors.length + result.unseen;
  return [
    {
      figure: `Workshop: errors (${result.attendees} attendees, ${result.events} events)`,
      value: String(errors),
      budget: '0',
      reference: '',
      verdict: errors === 0 ? 'PASS' : 'FAIL',
    },
    {
      figure: 'Workshop: event → dashboard, p99',
      value: `${Math.round(result.delayMs.p99)} ms`,
      budget: `≤ ${WORKSHOP_DELAY_P99_BUDGET_MS} ms`,
      reference: `p50 ${Math.round(result.delayMs.p50)} ms`,
      verdict: result.delayMs.p99 <= WORKSHOP_DELAY_P99_BUDGET_MS ? 'PASS' : 'FAIL',
    },
    {
      figure: 'Workshop: server RSS growth',
      value: mb(result.rssAfterBytes - result.rssBeforeBytes),
      budget: '',
      reference: `${mb(result.rssBeforeBytes)} → ${mb(result.rssAfterBytes)}`,
      verdict: 'info',
    },
    {
      figure: 'Workshop: server CPU',
      value: `${(result.cpuShareOfCore * 100).toFixed(1)}% of a core`,
      budget: '',
      reference: `${Math.round(result.cpuPerEventMicros)} µs per event`,
      verdict: 'info',
    },
  ];
}

export function workshopDetail(result: WorkshopLoadResult): string {
  const { delayMs } = result;
  const lines = [
    `  ${result.attendees} attendees, ${result.events} events in ${result.runSec.toFixed(1)} s, dashboard open`,
    `  event → dashboard: p50 ${Math.round(delayMs.p50)} ms, p99 ${Math.round(delayMs.p99)} ms, ` +
      `max ${Math.round(delayMs.max)} ms; never shown: ${result.unseen}; ` +
      `sent again after a kept-alive connection closed: ${result.retried}`,
    `  of which the report's round trip: p50 ${Math.round(result.roundTripMs.p50)} ms, ` +
      `p99 ${Math.round(result.roundTripMs.p99)} ms`,
    `  server RSS ${mb(result.rssBeforeBytes)} → ${mb(result.rssAfterBytes)}; ` +
      `CPU ${(result.cpuShareOfCore * 100).toFixed(1)}% of a core, ${Math.round(result.cpuPerEventMicros)} µs per event ` +
      `(the attendees' process: ${(result.clientsCpuShareOfCore * 100).toFixed(1)}%)`,
    `  final board: ${result.finalBoard?.connected ?? '?'} connected; passed ` +
      (result.finalBoard?.steps.map((step) => `${step.step} ${step.passed}`).join(', ') ?? '?'),
  ];
  for (const error of [...new Set(result.errors)].slice(0, 5)) lines.push(`  error: ${error}`);
  return lines.join('\n');
}
