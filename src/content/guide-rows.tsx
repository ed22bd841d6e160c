import { Cell } from '../notebook/cell.tsx';
import type { CompiledMarkdown } from './compile-guide.ts';
import { GuideWidget } from './guide-widget.tsx';
import { MarkdownTree } from './markdown-tree.tsx';
import type { GuideBlock } from './parse-guide.ts';

type SideBlock = Exclude<GuideBlock, { kind: 'markdown' }>;
type Row = { prose: CompiledMarkdown[]; cell?: SideBlock };

/**
 * Blocks as rows: each cell or widget beside the prose just before it; prose with nothing after it alone.
 * `limit` draws only the first rows (the guide fills in a row at a time as the page starts).
 */
export function GuideRows({
  blocks,
  limit = Infinity,
}: {
  blocks: readonly GuideBlock<CompiledMarkdown>[];
  limit?: number;
}) {
  return pairProseWithCells(blocks)
    .slice(0, limit)
    .map((row, index) => (
      <div key={index} className={row.cell ? 'row row--with-cell' : 'row'}>
        <div className="row__prose">
          {row.prose.map((prose, at) => (
            <MarkdownTree key={at} tree={prose.tree} />
          ))}
        </div>
        {row.cell?.kind === 'cell' && (
          <div className="row__cell">
            <Cell id={row.cell.cellId} title={row.cell.title} language={row.cell.language} />
          </div>
        )}
        {row.cell?.kind === 'widget' && (
          <div className="row__cell">
            <GuideWidget block={row.cell} />
          </div>
        )}
      </div>
    ));
}

/**
 * Puts each cell or widget beside the prose just before it. Prose split only for presenter mode's slides
 * (`<!-- slide -->`) comes back together here, so the notebook reads as one text.
 */
export function pairProseWithCells(blocks: readonly GuideBlock<CompiledMarkdown>[]): Row[] {
  const rows: Row[] = [];
  let prose: CompiledMarkdown[] = [];
  for (const block of blocks) {
    if (block.kind === 'markdown') prose.push(block);
    else {
      rows.push({ prose, cell: block });
      prose = [];
    }
  }
  if (prose.length > 0) rows.push({ prose });
  return rows;
}
