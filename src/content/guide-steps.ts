import type { CellId } from '../notebook/notebook-state.ts';
import { parseChecklistItems } from './checklist-items.ts';
import { guideSections } from './guide.ts';

/** The steps each section holds, read from the content: its cells, and its checklists with their item ids. */
export interface SectionSteps {
  cells: { id: CellId; title: string }[];
  checklists: { id: string; title: string; items: string[] }[];
}

export const sectionSteps: Record<string, SectionSteps> = Object.fromEntries(
  guideSections.map((section) => [
    section.id,
    {
      cells: section.blocks.flatMap((block) =>
        // The guide plugin fails the build on a cell= id without a module, so every cell here is real.
        block.kind === 'cell' ? [{ id: block.cellId, title: block.title }] : [],
      ),
      checklists: section.blocks.flatMap((block) =>
        block.kind === 'widget' && block.widget === 'checklist'
          ? [
              {
                id: block.attributes.id ?? 'checklist',
                title: block.attributes.title ?? 'Checklist',
                items: parseChecklistItems(block.lines).map((item) => item.id),
              },
            ]
          : [],
      ),
    },
  ]),
);

/** Every checklist in the guide: id → item ids. */
export const guideChecklists: Record<string, string[]> = Object.fromEntries(
  Object.values(sectionSteps).flatMap((steps) => steps.checklists.map((list) => [list.id, list.items])),
);

/** Cell titles as the content names them ("Run Login"). */
export const cellTitlesFromContent: Record<CellId, string> = Object.fromEntries(
  Object.values(sectionSteps).flatMap((steps) => steps.cells.map((cell) => [cell.id, cell.title])),
);
