import { DEFAULT_ORG } from '../api/contract.ts';
import type { Failure } from '../troubleshooting/failure.ts';

/** A cell's id, as its guide's markdown places it (```python cell=<id>). */
export type CellId = string;

export type CellStatus = 'idle' | 'running' | 'ok' | 'error' | 'cancelled';

export interface CellState {
  status: CellStatus;
  /** Jupyter's `[n]`: null until the cell has run since the last restart. */
  executionCount: number | null;
  /** What the cell's run gave; its own module knows the shape and shows it. Holds no secret. */
  output: unknown;
  failure: Failure | null;
  /** The output was computed from a key, org or token that has changed since (as reactive notebooks mark it). */
  stale: boolean;
}

export type KeySource = 'server' | 'pasted';

/** What the user typed or chose; survives Restart, as a notebook's cell sources do. */
export interface NotebookInputs {
  keySource: KeySource;
  /** Kept in memory for this tab only. */
  pastedKey: string;
  org: string;
  /** The user chose to send a key whose shape is not recognised; forgotten when the key changes. */
  acceptUnknownKeyShape: boolean;
}

/** The notebook's "kernel" variables, named as in the Python. Lives in memory only. */
export interface NotebookVars {
  host_url?: string;
  api_url?: string;
  /** undefined with keySource 'server': the proxy adds the server's key, the browser never sees it. */
  ngc_api_key?: { source: KeySource; value?: string; fingerprint: string };
  user_id?: string;
  token?: string;
  ngc_org?: string;
  base_url?: string;
}

export interface NotebookState {
  /** The kernel's execution counter; owned by the notebook, not by a cell. */
  executionCounter: number;
  cells: Record<CellId, CellState>;
  inputs: NotebookInputs;
  vars: NotebookVars;
}

export const idleCell: CellState = {
  status: 'idle',
  executionCount: null,
  output: null,
  failure: null,
  stale: false,
};

export function initialNotebookState(
  cellIds: readonly CellId[],
  inputs?: Partial<NotebookInputs>,
): NotebookState {
  return {
    executionCounter: 0,
    cells: Object.fromEntries(cellIds.map((id) => [id, idleCell])),
    inputs: { keySource: 'server', pastedKey: '', org: DEFAULT_ORG, acceptUnknownKeyShape: false, ...inputs },
    vars: {},
  };
}

/** A cell's state; a cell the notebook does not hold reads as never run. */
export function cellState(state: NotebookState, id: CellId): CellState {
  return state.cells[id] ?? idleCell;
}
