import { useEffect, useRef } from 'react';
import { GuideRows } from '../content/guide-rows.tsx';
import type { Slide } from './slides.ts';

/**
 * The slide on the projector: its section's title, its text and (for a cell) the cell with its Run button
 * and result. Arriving moves focus to the heading, so a screen reader reads the new slide; the heading is
 * not a control, so it shows no focus ring (presenter-mode.css).
 */
export function PresenterSlide({ slide }: { slide: Slide }) {
  const area = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    area.current?.scrollTo({ top: 0 });
    heading.current?.focus({ preventScroll: true });
  }, [slide]);
  return (
    <section ref={area} className="slide" aria-labelledby="slide-heading" data-slide={slide.id}>
      <h2 id="slide-heading" ref={heading} tabIndex={-1} className="slide__heading">
        {slide.sectionTitle}
      </h2>
      <GuideRows blocks={slide.blocks} />
    </section>
  );
}
