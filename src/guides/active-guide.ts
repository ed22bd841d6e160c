// The cells of the guide the app shows, as the guide plugin (scripts/vite-plugin-guide.ts) found them: one
// module per cell, in the order the markdown places them. The app's modules read the guide from here; the
// runtime in src/notebook is handed the cells and knows none by name.
import cells from 'virtual:guide-cells';
import { cellTitlesFromContent } from '../content/guide-steps.ts';
import { createCellGraph } from '../notebook/cell-graph.ts';

export const guideCells = cells;
export const cellGraph = createCellGraph(cells, cellTitlesFromContent);
export const cellIds: readonly string[] = cellGraph.ids;

export function isCellId(value: string): boolean {
  return cellGraph.byId.has(value);
}
