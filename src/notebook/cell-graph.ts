import { cellIds, type CellId, type NotebookState } from './notebook-state.ts';

/** Which cells each cell reads variables from, as in the notebook: the arrows of the dependency graph. */
export const cellDependencies: Record<CellId, readonly CellId[]> = {
  setup: [],
  configure: ['setup'],
  login: ['configure'],
  'base-url': ['login'],
  verify: ['base-url'],
};

/** Every cell `id` needs, directly or not, in notebook order. */
export function upstreamCells(id: CellId): CellId[] {
  const needed = new Set<CellId>();
  const visit = (cell: CellId) => {
    for (const dependency of cellDependencies[cell]) {
      if (!needed.has(dependency)) {
        needed.add(dependency);
        visit(dependency);
      }
    }
  };
  visit(id);
  return cellIds.filter((cell) => needed.has(cell));
}

/** Every cell that reads, directly or not, from `id`, in notebook order. */
export function downstreamCells(id: CellId): CellId[] {
  return cellIds.filter((cell) => upstreamCells(cell).includes(id));
}

/** The cells `id` needs that have not succeeded since the last restart, in the order to run them. */
export function missingDependencies(id: CellId, state: NotebookState): CellId[] {
  return upstreamCells(id).filter((cell) => state.cells[cell].status !== 'ok');
}
