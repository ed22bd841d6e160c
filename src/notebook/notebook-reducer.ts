import type { Failure } from '../troubleshooting/failure.ts';
import type { CellGraph } from './cell-graph.ts';
import {
  cellState,
  initialNotebookState,
  type CellId,
  type NotebookInputs,
  type NotebookState,
  type NotebookVars,
} from './notebook-state.ts';

export type NotebookAction =
  | { type: 'run-started'; id: CellId }
  | { type: 'run-succeeded'; id: CellId; output: unknown; vars: Partial<NotebookVars> }
  | { type: 'run-failed'; id: CellId; failure: Failure; clearVars?: (keyof NotebookVars)[] }
  /** Cancel or Restart aborted the cell's request. */
  | { type: 'run-cancelled'; id: CellId }
  | { type: 'input-changed'; inputs: Partial<NotebookInputs> }
  | { type: 'restart' };

/** The one owner of cell state: statuses, counts, outputs and the kernel's variables. */
export function notebookReducer(graph: CellGraph) {
  return (state: NotebookState, action: NotebookAction): NotebookState => {
    switch (action.type) {
      case 'run-started': {
        const executionCounter = state.executionCounter + 1;
        return {
          ...state,
          executionCounter,
          cells: {
            ...state.cells,
            [action.id]: {
              status: 'running',
              executionCount: executionCounter,
              output: null,
              failure: null,
              stale: false,
            },
          },
        };
      }
      case 'run-succeeded':
        return markStale(
          {
            ...state,
            vars: { ...state.vars, ...action.vars },
            cells: {
              ...state.cells,
              [action.id]: { ...cellState(state, action.id), status: 'ok', output: action.output },
            },
          },
          graph.downstream(action.id),
        );
      case 'run-failed': {
        const vars = { ...state.vars };
        for (const name of action.clearVars ?? []) delete vars[name];
        return {
          ...state,
          vars,
          cells: {
            ...state.cells,
            [action.id]: {
              ...cellState(state, action.id),
              status: 'error',
              output: null,
              failure: action.failure,
            },
          },
        };
      }
      case 'run-cancelled':
        return {
          ...state,
          cells: {
            ...state.cells,
            [action.id]: { ...cellState(state, action.id), status: 'cancelled', output: null, failure: null },
          },
        };
      case 'input-changed': {
        const next = { ...state, inputs: { ...state.inputs, ...action.inputs } };
        const changed = (Object.keys(action.inputs) as (keyof NotebookInputs)[]).filter(
          (name) => next.inputs[name] !== state.inputs[name],
        );
        if (changed.includes('keySource') || changed.includes('pastedKey')) {
          // "Send anyway" was said of the old key, not of this one.
          next.inputs.acceptUnknownKeyShape = action.inputs.acceptUnknownKeyShape ?? false;
        }
        const readers = changed.flatMap((name) => graph.readersOf(name));
        return markStale(next, [...new Set(readers.flatMap((id) => [id, ...graph.downstream(id)]))]);
      }
      case 'restart':
        // Like restarting a kernel: outputs, counts and variables go; what the user typed stays.
        return { ...initialNotebookState(graph.ids, state.inputs) };
    }
  };
}

/** Cells that have run (succeeded or failed) and read from a value that just changed. */
function markStale(state: NotebookState, ids: CellId[]): NotebookState {
  const cells = { ...state.cells };
  for (const id of ids) {
    const cell = cells[id];
    if (cell && (cell.status === 'ok' || cell.status === 'error')) cells[id] = { ...cell, stale: true };
  }
  return { ...state, cells };
}
