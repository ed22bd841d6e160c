// One step's line in the contents, from two sources that must tell one story: the cell as it is now (this
// page's kernel) and the stored progress (earlier visits). Tokens are never stored, so a step done earlier is
// shown as done earlier, to be run again, never as usable now; and a demo success is never shown as done.
import type { EarlierResult } from '../notebook/earlier-results.tsx';
import type { CellId, CellState } from '../notebook/notebook-state.ts';
import type { Progress } from './progress.ts';

export type StepStatus =
  'done' | 'done-in-demo' | 'done-earlier' | 'done-in-demo-earlier' | 'failed' | 'failed-earlier' | 'not-yet';

/** `simulated`: this page runs in demo mode, so a cell that succeeded now did so on simulated answers. */
export function stepStatus(progress: Progress, id: CellId, cell: CellState, simulated: boolean): StepStatus {
  if (cell.status === 'ok') return simulated ? 'done-in-demo' : 'done';
  if (cell.status === 'error' && cell.failure?.kind !== 'missing-dependencies') return 'failed';
  if (progress.cells[id] === 'done') return 'done-earlier';
  if (progress.cells[id] === 'failed') return 'failed-earlier';
  if (progress.demoCells[id] === 'done') return 'done-in-demo-earlier';
  return 'not-yet';
}

/** What an idle cell says about its step's earlier result: the same as the contents. */
export function earlierResult(progress: Progress, id: CellId): EarlierResult | undefined {
  if (progress.cells[id] === 'done') return 'done';
  if (progress.demoCells[id] === 'done') return 'done-in-demo';
  return undefined;
}
