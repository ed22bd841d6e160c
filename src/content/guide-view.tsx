import { memo, startTransition, useEffect, useState } from 'react';
import { Cell } from '../notebook/cell.tsx';
import { usePresenter } from '../presenter/presenter-context.tsx';
import { afterFirstContentfulPaint } from './after-first-paint.ts';
import { guideSections } from './guide.ts';
import { GuideWidget } from './guide-widget.tsx';
import type { CompiledMarkdown, CompiledSection } from './compile-guide.ts';
import { MarkdownTree } from './markdown-tree.tsx';
import type { GuideBlock } from './parse-guide.ts';

/** What the first paint shows: a screenful and more. The rest follows once that paint is on screen. */
const FIRST_PAINT_SECTIONS = 2;

/** A deep link (#section) needs its target in the first render, which scrolls to it. */
function sectionsForFirstPaint(): number {
  return window.location.hash.length > 1 ? guideSections.length : FIRST_PAINT_SECTIONS;
}

/**
 * The guide, section by section; each cell sits beside the text that introduces it. The first commit holds
 * only the top of the guide. The rest waits until that first paint is on screen (rendering it earlier
 * competes with the paint's raster on a small machine), then comes one section per task, each in a
 * transition, so no single task has to build and lay out the whole guide.
 */
export function GuideView() {
  const [firstShown, setShown] = useState(sectionsForFirstPaint);
  const [painted, setPainted] = useState(false);
  // Presenter mode marks every section but one offstage when it starts, so it needs them all at once.
  const { presenterMode } = usePresenter();
  const shown = presenterMode ? guideSections.length : firstShown;
  useEffect(() => afterFirstContentfulPaint(() => setPainted(true)), []);
  useEffect(() => {
    if (!painted || firstShown >= guideSections.length) return;
    const next = setTimeout(() => startTransition(() => setShown((count) => count + 1)), 0);
    return () => clearTimeout(next);
  }, [painted, firstShown]);
  return (
    <>
      {guideSections.slice(0, shown).map((section) => (
        <GuideSection key={section.id} section={section} />
      ))}
    </>
  );
}

/** Memoised: adding a section renders that section only, not the ones already shown. */
const GuideSection = memo(function GuideSection({ section }: { section: CompiledSection }) {
  return (
    <section id={section.id} className="section" aria-labelledby={`${section.id}-heading`}>
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
  );
});

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
