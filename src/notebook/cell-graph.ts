import type { CellDefinition } from './cell-definition.ts';
import type { NotebookInputs, NotebookState } from './notebook-state.ts';

/** A guide's cells and the arrows between them (each cell's `needs`), in notebook order. */
export interface CellGraph {
  cells: readonly CellDefinition[];
  ids: readonly string[];
  byId: ReadonlyMap<string, CellDefinition>;
  /** The title the guide gives a cell ("Login"), or its id. */
  title(id: string): string;
  /** Every cell `id` needs, directly or not, in notebook order. */
  upstream(id: string): string[];
  /** Every cell that reads, directly or not, from `id`, in notebook order. */
  downstream(id: string): string[];
  /** The cells `id` needs that have not succeeded since the last restart, in the order to run them. */
  missing(id: string, state: NotebookState): string[];
  /** The cells that read `input` (and so go stale when it changes). */
  readersOf(input: keyof NotebookInputs): string[];
}

export function createCellGraph(
  cells: readonly CellDefinition[],
  titles: Readonly<Record<string, string>> = {},
): CellGraph {
  const ids = cells.map((cell) => cell.id);
  const byId = new Map(cells.map((cell) => [cell.id, cell]));
  const upstream = (id: string) => {
    const needed = new Set<string>();
    const visit = (cell: string) => {
      for (const dependency of byId.get(cell)?.needs ?? []) {
        if (!needed.has(dependency)) {
          needed.add(dependency);
          visit(dependency);
        }
      }
    };
    visit(id);
    return ids.filter((cell) => needed.has(cell));
  };
  return {
    cells,
    ids,
    byId,
    title: (id) => titles[id] ?? id,
    upstream,
    downstream: (id) => ids.filter((cell) => upstream(cell).includes(id)),
    missing: (id, state) => upstream(id).filter((cell) => state.cells[cell]?.status !== 'ok'),
    readersOf: (input) => cells.filter((cell) => cell.reads?.includes(input)).map((cell) => cell.id),
  };
}
