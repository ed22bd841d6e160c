import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { MarkdownTree } from '../content/markdown-tree.tsx';
import { demoScenarioState, isDemoScenario } from '../mocks/demo-scenarios.ts';
import { RoomDashboard } from '../workshop/room-dashboard.tsx';
import { guideSlides as slides } from './guide-slides.ts';
import { openPresenterChannel, type PresenterChannel } from './presenter-channel.ts';
import { clampSection } from './presenter-url.ts';
import { useScenarioKeys } from './scenario-keys.ts';
import { SpeakerClock } from './speaker-clock.tsx';
import { useSlideKeys } from './use-slide-keys.ts';
import './speaker-view.css';

const DemoControls = lazy(() =>
  import('../mocks/demo-controls.tsx').then((module) => ({ default: module.DemoControls })),
);

/**
 * The speaker view, in a window of its own (`?speaker=1`) on the presenter's screen: the slide's notes (never
 * shown on the projector), the next slide, a clock, the demo scenario and the workshop room's dashboard. It
 * follows the projector window and drives it: Next, Previous and the scenario move both.
 */
export function SpeakerView() {
  const [index, setIndex] = useState(0);
  // null until the projector window answers; false once it has left presenter mode.
  const [projector, setProjector] = useState<{ demo: boolean } | null | false>(null);
  const channel = useRef<PresenterChannel | null>(null);
  const slide = slides[index];
  const next = slides[index + 1];

  useEffect(() => {
    const show = (id: string) => {
      const found = slides.findIndex((candidate) => candidate.id === id);
      if (found >= 0) setIndex(found);
    };
    const opened = openPresenterChannel((message) => {
      if (message.type === 'slide') show(message.id);
      else if (message.type === 'state') {
        show(message.slide);
        setProjector({ demo: message.scenario !== null });
        if (isDemoScenario(message.scenario)) demoScenarioState.set(message.scenario);
      } else if (message.type === 'scenario') {
        if (isDemoScenario(message.name)) demoScenarioState.set(message.name);
      } else if (message.type === 'bye') setProjector(false);
    });
    channel.current = opened;
    opened.post({ type: 'hello' });
    const unsubscribe = demoScenarioState.subscribe(() =>
      opened.post({ type: 'scenario', name: demoScenarioState.get() }),
    );
    return () => {
      unsubscribe();
      opened.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    document.title = 'Speaker view · Credentials Notebook';
  }, []);

  const move = (step: number) => {
    const target = slides[clampSection(index, step, slides.length)];
    if (!target) return;
    setIndex(slides.indexOf(target));
    channel.current?.post({ type: 'slide', id: target.id });
  };
  useSlideKeys(move);
  useScenarioKeys(projector !== null && projector !== false && projector.demo);

  return (
    <main className="speaker" aria-label="Speaker view">
      <header className="speaker__top">
        <h1>Speaker view</h1>
        <p role="status" className="speaker__link">
          {projector === null && 'Waiting for the presenter window…'}
          {projector === false && 'The presenter window left presenter mode.'}
          {projector && 'Following the presenter window.'}
        </p>
        <SpeakerClock />
      </header>
      <nav className="speaker__steps" aria-label="Slides">
        <button type="button" className="button" onClick={() => move(-1)}>
          <span aria-hidden="true">←</span> Previous
        </button>
        <p aria-live="polite" aria-atomic="true">
          <strong>
            Slide {index + 1} of {slides.length}
          </strong>
          : {slide?.sectionTitle}
          {slide && slide.title !== slide.sectionTitle ? ` · ${slide.title}` : ''}
        </p>
        <button type="button" className="button button--primary" onClick={() => move(1)}>
          Next <span aria-hidden="true">→</span>
        </button>
      </nav>
      <div className="speaker__columns">
        <section className="speaker__notes" aria-labelledby="speaker-notes-heading">
          <h2 id="speaker-notes-heading">Speaker notes</h2>
          {slide && slide.notes.length > 0 ? (
            slide.notes.map((tree, at) => <MarkdownTree key={at} tree={tree} />)
          ) : (
            <p>No notes for this slide.</p>
          )}
        </section>
        <div className="speaker__side">
          <section aria-labelledby="speaker-next-heading">
            <h2 id="speaker-next-heading">Next slide</h2>
            {next ? (
              <>
                <p className="speaker__next-title">
                  {next.sectionTitle}
                  {next.title !== next.sectionTitle ? ` · ${next.title}` : ''}
                </p>
                <p className="speaker__preview">{next.preview}</p>
              </>
            ) : (
              <p>This is the last slide.</p>
            )}
          </section>
          {projector && projector.demo && (
            <Suspense fallback={null}>
              <DemoControls />
            </Suspense>
          )}
          <RoomDashboard />
        </div>
      </div>
    </main>
  );
}
