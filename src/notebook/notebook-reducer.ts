import type { Failure } from '../troubleshooting/failure.ts';
import { downstreamCells } from './cell-graph.ts';
import {
  initialNotebookState,
  type CellId,
  type CellOutput,
  type NotebookInputs,
  type NotebookState,
  type NotebookVars,
} from './notebook-state.ts';

export type NotebookAction =
  | { type: 'run-started'; id: CellId }
  | { type: 'run-succeeded'; id: CellId; output: CellOutput; vars: Partial<NotebookVars> }
  | { type: 'run-failed'; id: CellId; failure: Failure; clearVars?: (keyof NotebookVars)[] }
  | { type: 'input-changed'; inputs: Partial<NotebookInputs> }
  | { type: 'restart' };

/** The one owner of cell state: statuses, counts, outputs and the kernel's variables. */
export function notebookReducer(state: NotebookState, action: NotebookAction): NotebookState {
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
            [action.id]: { ...state.cells[action.id], status: 'ok', output: action.output },
          },
        },
        downstreamCells(action.id),
      );
    case 'run-failed': {
      const vars = { ...state.vars };
      for (const name of action.clearVars ?? []) delete vars[name];
      return {
        ...state,
        vars,
        cells: {
          ...state.cells,
          [action.id]: { ...state.cells[action.id], status: 'error', output: null, failure: action.failure },
        },
      };
    }
    case 'input-changed': {
      const next = { ...state, inputs: { ...state.inputs, ...action.inputs } };
      const changed = (name: keyof NotebookInputs) => next.inputs[name] !== state.inputs[name];
      if (changed('keySource') || changed('pastedKey')) {
        // "Send anyway" was said of the old key, not of this one.
        next.inputs.acceptUnknownKeyShape = action.inputs.acceptUnknownKeyShape ?? false;
      }
      if (changed('keySource') || changed('pastedKey'))
        return markStale(next, ['configure', ...downstreamCells('configure')]);
      if (changed('org')) return markStale(next, ['base-url', ...downstreamCells('base-url')]);
      return next;
    }
    case 'restart':
      // Like restarting a kernel: outputs, counts and variables go; what the user typed stays.
      return { ...initialNotebookState(state.inputs) };
  }
}

/** Cells that have run (succeeded or failed) and read from a value that just changed. */
function markStale(state: NotebookState, ids: CellId[]): NotebookState {
  const cells = { ...state.cells };
  for (const id of ids) {
    if (cells[id].status === 'ok' || cells[id].status === 'error') cells[id] = { ...cells[id], stale: true };
  }
  return { ...state, cells };
}
