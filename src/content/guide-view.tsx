import { memo, startTransition, useEffect, useState } from 'react';
import { usePresenter } from '../presenter/presenter-context.tsx';
import { afterFirstContentfulPaint } from './after-first-paint.ts';
import type { CompiledSection } from './compile-guide.ts';
import { guideSections } from './guide.ts';
import { GuideRows } from './guide-rows.tsx';

/** What the first paint shows: a screenful and more. The rest follows once that paint is on screen. */
const FIRST_PAINT_SECTIONS = 2;

/**
 * A deep link (#section) needs its target in the first render, which scrolls to it. (The build's pre-render
 * has no address: it draws the first sections, and a deep link's page is built again in the browser.)
 */
function sectionsForFirstPaint(): number {
  const deepLink = typeof window !== 'undefined' && window.location.hash.length > 1;
  return deepLink ? guideSections.length : FIRST_PAINT_SECTIONS;
}

/**
 * The guide, section by section; each cell sits beside the text that introduces it. The first commit holds
 * only the top of the guide. The rest waits until that first paint is on screen (rendering it earlier
 * competes with the paint's raster on a small machine), then comes one section per task, each in a
 * transition, so no single task has to build and lay out the whole guide. Presenter mode shows its slides
 * instead (src/presenter/presenter-slide.tsx).
 */
export function GuideView() {
  const [shown, setShown] = useState(sectionsForFirstPaint);
  const [painted, setPainted] = useState(false);
  const { presenterMode } = usePresenter();
  useEffect(() => afterFirstContentfulPaint(() => setPainted(true)), []);
  useEffect(() => {
    if (!painted || shown >= guideSections.length) return;
    const next = setTimeout(() => startTransition(() => setShown((count) => count + 1)), 0);
    return () => clearTimeout(next);
  }, [painted, shown]);
  if (presenterMode) return null;
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
      <GuideRows blocks={section.blocks} />
    </section>
  );
});
