import type { CellGraph } from './cell-graph.ts';
import { notebookReducer, type NotebookAction } from './notebook-reducer.ts';
import { initialNotebookState, type NotebookState } from './notebook-state.ts';

/**
 * Holds the reducer's state outside React so that a chain of async cell runs always reads the latest
 * state (React's state would be a stale snapshot inside the chain). Components subscribe with
 * useSyncExternalStore; the reducer stays the only thing that changes the state.
 */
export interface NotebookStore {
  getState(): NotebookState;
  dispatch(action: NotebookAction): void;
  subscribe(listener: () => void): () => void;
  /** Bumped by every restart, so a run that started before it cannot write its late result. */
  generation(): number;
}

export function createNotebookStore(
  graph: CellGraph,
  initial: NotebookState = initialNotebookState(graph.ids),
): NotebookStore {
  const reduce = notebookReducer(graph);
  let state = initial;
  let generation = 0;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    generation: () => generation,
    dispatch(action) {
      if (action.type === 'restart') generation += 1;
      state = reduce(state, action);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
