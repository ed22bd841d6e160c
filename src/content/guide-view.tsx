import { startTransition, useEffect, useState } from 'react';
import { usePresenter } from '../presenter/presenter-context.tsx';
import { guideSections } from './guide.ts';
import { GuideRows } from './guide-rows.tsx';

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
  const [shown, setShown] = useState(sectionsForFirstPaint);
  // Presenter mode shows its slides instead (src/presenter/presenter-slide.tsx).
  const { presenterMode } = usePresenter();
  useEffect(() => {
    startTransition(() => setShown(guideSections.length));
  }, []);
  if (presenterMode) return null;
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
          <GuideRows blocks={section.blocks} />
        </section>
      ))}
    </>
  );
}
