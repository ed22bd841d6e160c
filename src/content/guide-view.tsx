import { startTransition, useEffect, useState } from 'react';
import { Cell } from '../notebook/cell.tsx';
import { usePresenter } from '../presenter/presenter-context.tsx';
import { guideSections } from './guide.ts';
import { GuideWidget } from './guide-widget.tsx';
import type { CompiledMarkdown } from './compile-guide.ts';
import { MarkdownTree } from './markdown-tree.tsx';
import type { GuideBlock } from './parse-guide.ts';

/** What the first paint shows: a screenful and more. The rest renders right after, in a transition. */
const FIRST_PAINT_SECTIONS = 2;

/** A deep link (#section) needs its target in the first render, which scrolls to it. */
function sectionsForFirstPaint(): number {
  return window.location.hash.length > 1 ? guideSections.length : FIRST_PAINT_SECTIONS;
}

/**
 * The guide, section by section; each cell sits beside the text that introduces it. The first paint waits
 * for React to render and the browser to lay out everything in the first commit, so that commit holds only
 * the top of the guide; the rest follows in a transition, which React renders in slices between frames.
 */
export function GuideView() {
  const [firstShown, setShown] = useState(sectionsForFirstPaint);
  // Presenter mode marks every section but one offstage when it starts, so it needs them all at once.
  const { presenterMode } = usePresenter();
  const shown = presenterMode ? guideSections.length : firstShown;
  useEffect(() => {
    startTransition(() => setShown(guideSections.length));
  }, []);
  return (
    <>
      {guideSections.slice(0, shown).map((section) => (
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
