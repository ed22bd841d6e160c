import { useEffect, useRef, useState } from 'react';
import type { AppMode } from '../app/resolve-mode.ts';
import { demoScenarioState, isDemoScenario, selectDemoScenario } from '../mocks/demo-scenarios.ts';
import { hasCommandModifier, isInDialog } from '../shell/keyboard-targets.ts';
import { guideSlides as slides } from './guide-slides.ts';
import { slideIndexOf } from './slides.ts';
import { openPresenterChannel, type PresenterChannel } from './presenter-channel.ts';
import { usePresenter } from './presenter-context.tsx';
import { PresenterBar } from './presenter-bar.tsx';
import { PresenterSlide } from './presenter-slide.tsx';
import { clampSection } from './presenter-url.ts';
import { useScenarioKeys } from './scenario-keys.ts';
import { useSlideKeys } from './use-slide-keys.ts';
import './presenter-mode.css';

/**
 * One slide at a time, made for a projector: ←/→ and PageUp/PageDown move, 1…9 pick the demo scenario,
 * Escape leaves. The speaker view (another window) follows and drives it over presenter-channel.ts. Keys
 * are listened to only while this is mounted, i.e. only in presenter mode.
 */
export function PresenterMode({ mode }: { mode?: AppMode }) {
  const { setPresenterMode } = usePresenter();
  const [index, setIndex] = useState(() => Math.max(0, slideIndexOfHash(window.location.hash)));
  const slide = slides[index] ?? slides[0];
  const channel = useRef<PresenterChannel | null>(null);
  const indexRef = useRef(index);
  const demo = mode === 'demo';
  const move = (step: number) => setIndex((at) => clampSection(at, step, slides.length));
  useScenarioKeys(demo);

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.presenter = '';
    return () => {
      delete root.dataset.presenter;
      // Back in the whole guide, at the part the talk had reached (a cell, or its section).
      const last = slides[indexRef.current];
      const cell = last?.blocks.find((block) => block.kind === 'cell');
      const anchor = cell?.kind === 'cell' ? `cell-${cell.cellId}` : last?.sectionId;
      if (!anchor) return;
      const url = new URL(window.location.href);
      url.hash = anchor;
      window.history.replaceState(window.history.state, '', url);
      document.getElementById(anchor)?.scrollIntoView({ behavior: 'instant' });
    };
  }, []);

  // Where the talk is: in the address (a reload comes back to this slide) and told to the speaker view.
  useEffect(() => {
    indexRef.current = index;
    if (!slide) return;
    const url = new URL(window.location.href);
    url.hash = slide.id;
    window.history.replaceState(window.history.state, '', url);
    channel.current?.post({ type: 'slide', id: slide.id });
  }, [slide, index]);

  useEffect(() => {
    const tellState = () =>
      channel.current?.post({
        type: 'state',
        slide: slides[indexRef.current]?.id ?? '',
        scenario: demo ? demoScenarioState.get() : null,
      });
    const opened = openPresenterChannel((message) => {
      if (message.type === 'slide') {
        const found = slides.findIndex((candidate) => candidate.id === message.id);
        if (found >= 0) setIndex(found);
      } else if (message.type === 'scenario') {
        if (demo && isDemoScenario(message.name)) selectDemoScenario(message.name);
      } else if (message.type === 'hello') tellState();
    });
    channel.current = opened;
    tellState();
    const unsubscribe = demoScenarioState.subscribe(() => {
      if (demo) opened.post({ type: 'scenario', name: demoScenarioState.get() });
    });
    return () => {
      unsubscribe();
      opened.post({ type: 'bye' });
      opened.close();
      channel.current = null;
    };
  }, [demo]);
  // The same slide keys as the speaker view; Escape (leaving) is the projector's own.
  useSlideKeys((step) => setIndex((at) => clampSection(at, step, slides.length)));
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasCommandModifier(event) || isInDialog(event.target)) return;
      if (event.key === 'Escape') {
        // Escape in an open select closes its list; it must not also end the talk.
        if (event.target instanceof HTMLSelectElement) return;
        event.preventDefault();
        setPresenterMode(false);
        return;
      }
    };
    // A link to another part of the guide (#troubleshooting) moves the talk there.
    const onHashChange = () => {
      const found = slideIndexOfHash(window.location.hash);
      if (found >= 0) setIndex(found);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [setPresenterMode]);

  if (!slide) return null;
  return (
    <>
      <PresenterSlide slide={slide} />
      <PresenterBar
        index={index}
        count={slides.length}
        title={slide.title}
        demo={demo}
        onMove={move}
        onFirst={() => setIndex(0)}
      />
    </>
  );
}

function slideIndexOfHash(hash: string): number {
  return slideIndexOf(hash, slides);
}
