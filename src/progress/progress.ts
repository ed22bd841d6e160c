import { cellGraph, cellIds, isCellId } from '../guides/active-guide.ts';
import { cellState, type CellId, type NotebookState } from '../notebook/notebook-state.ts';

/** What survives a reload: results only, never a key, a token or anything typed. */
export interface Progress {
  /** Results against the API (live mode): the learner's real progress. */
  cells: Partial<Record<CellId, 'done' | 'failed'>>;
  /**
   * Steps that succeeded in demo mode, on simulated answers with no key checked: kept apart and shown apart,
   * never counted as done. A demo failure is the scenario's choice and is not recorded.
   */
  demoCells: Partial<Record<CellId, 'done'>>;
  /** checklist id → ticked item ids */
  checklists: Record<string, string[]>;
}

export const emptyProgress: Progress = { cells: {}, demoCells: {}, checklists: {} };

/** Rough minutes each step takes a first-timer; Configure includes generating a key on NGC. */
export const cellMinutes: Record<CellId, number> = Object.fromEntries(
  cellGraph.cells.map((cell) => [cell.id, cell.minutes]),
);
export const checklistMinutes = 2;

/**
 * A cell's step is done when it succeeded and failed when its latest run failed; idle cells keep their record.
 * `simulated` (demo mode): a success goes to `demoCells` only, a failure nowhere.
 */
export function recordCellResults(progress: Progress, state: NotebookState, simulated = false): Progress {
  if (simulated) {
    let demoCells = progress.demoCells;
    for (const id of cellIds) {
      if (cellState(state, id).status === 'ok' && demoCells[id] !== 'done') {
        demoCells = { ...demoCells, [id]: 'done' };
      }
    }
    return demoCells === progress.demoCells ? progress : { ...progress, demoCells };
  }
  let cells = progress.cells;
  for (const id of cellIds) {
    const { status, failure } = cellState(state, id);
    // Running a cell before the ones it needs is not a failure of that step.
    const failed = status === 'error' && failure?.kind !== 'missing-dependencies';
    const result = status === 'ok' ? 'done' : failed ? 'failed' : undefined;
    if (result && cells[id] !== result) cells = { ...cells, [id]: result };
  }
  return cells === progress.cells ? progress : { ...progress, cells };
}

export function toggleChecklistItem(
  progress: Progress,
  checklist: string,
  item: string,
  ticked: boolean,
): Progress {
  const current = new Set(progress.checklists[checklist] ?? []);
  if (ticked) current.add(item);
  else current.delete(item);
  return { ...progress, checklists: { ...progress.checklists, [checklist]: [...current].sort() } };
}

export interface ProgressSummary {
  done: number;
  /** Steps done in demo mode and not (yet) for real: shown apart, not in `done`. */
  doneInDemoOnly: number;
  total: number;
  minutesLeft: number;
}

/** Steps: every cell, plus each checklist (done when every item is ticked). */
export function summarizeProgress(progress: Progress, checklists: Record<string, string[]>): ProgressSummary {
  let done = 0;
  let doneInDemoOnly = 0;
  let minutesLeft = 0;
  for (const id of cellIds) {
    if (progress.cells[id] === 'done') done += 1;
    else {
      if (progress.demoCells[id] === 'done') doneInDemoOnly += 1;
      minutesLeft += cellMinutes[id] ?? 1;
    }
  }
  for (const [checklist, items] of Object.entries(checklists)) {
    const ticked = new Set(progress.checklists[checklist] ?? []);
    if (items.every((item) => ticked.has(item))) done += 1;
    else minutesLeft += checklistMinutes;
  }
  return { done, doneInDemoOnly, total: cellIds.length + Object.keys(checklists).length, minutesLeft };
}

/** Reads what a previous visit stored; anything unexpected (edited by hand, older format) is dropped. */
export function parseStoredProgress(raw: string | null): Progress {
  if (!raw) return emptyProgress;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return emptyProgress;
  }
  if (typeof value !== 'object' || value === null) return emptyProgress;
  const record = value as { cells?: unknown; demoCells?: unknown; checklists?: unknown };
  const cells: Progress['cells'] = {};
  if (typeof record.cells === 'object' && record.cells !== null) {
    for (const [id, result] of Object.entries(record.cells)) {
      if (isCellId(id) && (result === 'done' || result === 'failed')) cells[id] = result;
    }
  }
  const demoCells: Progress['demoCells'] = {};
  if (typeof record.demoCells === 'object' && record.demoCells !== null) {
    for (const [id, result] of Object.entries(record.demoCells)) {
      if (isCellId(id) && result === 'done') demoCells[id] = result;
    }
  }
  const checklists: Progress['checklists'] = {};
  if (typeof record.checklists === 'object' && record.checklists !== null) {
    for (const [id, items] of Object.entries(record.checklists)) {
      if (/^[a-z0-9-]{1,40}$/.test(id) && Array.isArray(items)) {
        checklists[id] = items.filter(
          (item): item is string => typeof item === 'string' && /^[a-z0-9-]{1,40}$/.test(item),
        );
      }
    }
  }
  return { cells, demoCells, checklists };
}
