import { cellTitlesFromContent } from '../content/guide-steps.ts';
import { cellIds, type CellId } from './notebook-state.ts';

/** The names the content gives the cells; the UI and the accessible labels ("Run Login") use them. */
export const cellTitles: Record<CellId, string> = Object.fromEntries(
  cellIds.map((id) => [id, cellTitlesFromContent[id] ?? id]),
) as Record<CellId, string>;
