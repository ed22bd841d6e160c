import { cellIds } from '../guides/active-guide.ts';
import { cellState, type CellId, type NotebookState } from '../notebook/notebook-state.ts';

export interface RunChanges {
  started: CellId[];
  succeeded: CellId[];
  failed: CellId[];
}

/**
 * Which cells started, succeeded or failed between two notebook states. A run that started and ended between
 * two renders (a cell that fails at once) shows up as both started and finished: its count moved on.
 * A restart is none of these.
 */
export function runChanges(before: NotebookState, after: NotebookState): RunChanges {
  const changes: RunChanges = { started: [], succeeded: [], failed: [] };
  for (const id of cellIds) {
    const was = cellState(before, id);
    const now = cellState(after, id);
    const newRun = now.executionCount !== null && now.executionCount !== was.executionCount;
    if (newRun) changes.started.push(id);
    if (!newRun && was.status !== 'running') continue;
    if (now.status === 'ok') changes.succeeded.push(id);
    if (now.status === 'error') changes.failed.push(id);
  }
  return changes;
}
