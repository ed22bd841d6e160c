import { Cell } from '../notebook/cell.tsx';
import { guideSections } from './guide.ts';
import { GuideWidget } from './guide-widget.tsx';
import type { CompiledMarkdown } from './compile-guide.ts';
import { MarkdownTree } from './markdown-tree.tsx';
import type { GuideBlock } from './parse-guide.ts';

/** The guide, section by section; each cell sits beside the text that introduces it. */
export function GuideView() {
  return (
    <>
      {guideSections.map((section) => (
        <section
          key={section.id}
          id={section.id}
          className="section"
          aria-labelledby={`${section.id}-heading`}
        >
          <h2 id={`${section.id}-heading`}>
            <a className="section__anchor" href={`#${section.id}`}>
              {section.title}
            </a>
          </h2>
          {pairProseWithCells(section.blocks).map((row, index) => (
            <div key={index} className={row.cell ? 'row row--with-cell' : 'row'}>
              <div className="row__prose">{row.prose && <MarkdownTree tree={row.prose.tree} />}</div>
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
          ))}
        </section>
      ))}
    </>
  );
}

type SideBlock = Exclude<GuideBlock, { kind: 'markdown' }>;
type Row = { prose?: CompiledMarkdown; cell?: SideBlock };

/** Puts each cell or widget beside the prose just before it; prose with nothing after it gets its own row. */
function pairProseWithCells(blocks: GuideBlock<CompiledMarkdown>[]): Row[] {
  const rows: Row[] = [];
  let prose: CompiledMarkdown | undefined;
  for (const block of blocks) {
    if (block.kind === 'markdown') {
      if (prose !== undefined) rows.push({ prose });
      prose = block;
    } else {
      rows.push({ prose, cell: block });
      prose = undefined;
    }
  }
  if (prose !== undefined) rows.push({ prose });
  return rows;
}
