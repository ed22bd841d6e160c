import { memo, startTransition, useEffect, useState } from 'react';
import { usePresenter } from '../presenter/presenter-context.tsx';
import { afterFirstContentfulPaint } from './after-first-paint.ts';
import { markGuideDrawn } from './guide-drawn.ts';
import type { CompiledSection } from './compile-guide.ts';
import { guideSections } from './guide.ts';
import { GuideRows, pairProseWithCells } from './guide-rows.tsx';

/** What the first paint shows: a screenful and more. The rest follows once that paint is on screen. */
const FIRST_PAINT_SECTIONS = 2;

/** How many rows (prose with its cell beside it) each section has: the guide fills in a row at a time. */
const rowsPerSection = guideSections.map((section) => pairProseWithCells(section.blocks).length);
const rowsBefore = (sections: number) =>
  rowsPerSection.slice(0, sections).reduce((sum, rows) => sum + rows, 0);
const allRows = rowsBefore(guideSections.length);

/**
 * A deep link (#section) needs its target in the first render, which scrolls to it. (The build's pre-render
 * has no address: it draws the first sections, and a deep link's page is built again in the browser.)
 */
function rowsForFirstPaint(): number {
  const deepLink = typeof window !== 'undefined' && window.location.hash.length > 1;
  return rowsBefore(deepLink ? guideSections.length : FIRST_PAINT_SECTIONS);
}

/**
 * The guide, section by section; each cell sits beside the text that introduces it. The first commit holds
 * only the top of the guide. The rest waits until that first paint is on screen (rendering it earlier
 * competes with the paint's raster on a small machine), then comes one row per task, each in a transition,
 * so no single task has to build and lay out much of the guide (a section of cells is hundreds of elements).
 * Presenter mode shows its slides instead (src/presenter/presenter-slide.tsx).
 */
export function GuideView() {
  const [shown, setShown] = useState(rowsForFirstPaint);
  const [painted, setPainted] = useState(false);
  const { presenterMode } = usePresenter();
  useEffect(() => afterFirstContentfulPaint(() => setPainted(true)), []);
  useEffect(() => {
    if (shown >= allRows) markGuideDrawn();
    if (!painted || shown >= allRows) return;
    const next = setTimeout(() => startTransition(() => setShown((count) => count + 1)), 0);
    return () => clearTimeout(next);
  }, [painted, shown]);
  if (presenterMode) return null;
  return (
    <>
      {guideSections.map((section, index) => {
        const limit = Math.min(rowsPerSection[index]!, shown - rowsBefore(index));
        return limit > 0 && <GuideSection key={section.id} section={section} limit={limit} />;
      })}
    </>
  );
}

/** Memoised: adding a row renders that row's section only, not the ones already shown. */
const GuideSection = memo(function GuideSection({
  section,
  limit,
}: {
  section: CompiledSection;
  limit: number;
}) {
  return (
    <section id={section.id} className="section" aria-labelledby={`${section.id}-heading`}>
      <h2 id={`${section.id}-heading`}>
        <a className="section__anchor" href={`#${section.id}`}>
          {section.title}
        </a>
      </h2>
      <GuideRows blocks={section.blocks} limit={limit} />
    </section>
  );
});
