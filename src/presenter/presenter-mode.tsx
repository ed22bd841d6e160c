import { useEffect, useRef, useState } from 'react';
import {
  hasCommandModifier,
  isInDialog,
  isTextEntryTarget,
  usesArrowKeys,
} from '../shell/keyboard-targets.ts';
import { usePresenter } from './presenter-context.tsx';
import { clampSection, sectionStep } from './presenter-url.ts';
import './presenter-mode.css';

type Section = { id: string; title: string };

/**
 * One section at a time in large type: ←/→ and PageUp/PageDown move, Escape leaves, and arriving focuses the
 * section's first cell. Keys are listened to only while this is mounted, i.e. only in presenter mode.
 */
export function PresenterMode({ sections }: { sections: readonly Section[] }) {
  const { setPresenterMode } = usePresenter();
  const [index, setIndex] = useState(() => Math.max(0, sectionIndexOf(window.location.hash, sections)));
  const current = sections[index];
  const currentId = useRef(current?.id);
  const count = sections.length;
  const move = (step: number) => setIndex((at) => clampSection(at, step, count));

  useEffect(() => {
    const root = document.documentElement;
    root.dataset.presenter = '';
    return () => {
      delete root.dataset.presenter;
      showOnly(null);
      // Back in the whole guide, at the section the talk had reached.
      if (currentId.current)
        document.getElementById(currentId.current)?.scrollIntoView({ behavior: 'instant' });
    };
  }, []);

  useEffect(() => {
    if (!current) return;
    currentId.current = current.id;
    showOnly(current.id);
    // In the address, so a reload comes back to this section.
    const url = new URL(window.location.href);
    url.hash = current.id;
    window.history.replaceState(window.history.state, '', url);
    arriveAt(current.id);
  }, [current]);

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
      const step = sectionStep(event.key);
      if (step === 0 || event.shiftKey) return;
      const taken = event.key.startsWith('Arrow')
        ? usesArrowKeys(event.target)
        : isTextEntryTarget(event.target);
      if (taken) return;
      event.preventDefault();
      setIndex((at) => clampSection(at, step, count));
    };
    // A link to another part of the guide (#troubleshooting) moves the talk there.
    const onHashChange = () => {
      const found = sectionIndexOf(window.location.hash, sections);
      if (found >= 0) setIndex(found);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [count, sections, setPresenterMode]);

  if (!current) return null;
  const atStart = index === 0;
  const atEnd = index === count - 1;
  return (
    <>
      <nav className="presenter-bar" aria-label="Presenter">
        <button
          type="button"
          className="button"
          aria-disabled={atStart || undefined}
          aria-keyshortcuts="ArrowLeft PageUp"
          onClick={() => move(-1)}
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        <p className="presenter-bar__counter" aria-live="polite" aria-atomic="true">
          <strong>
            Section {index + 1} of {count}
          </strong>
          <span className="presenter-bar__title">: {current.title}</span>
        </p>
        <button
          type="button"
          className="button button--primary"
          aria-disabled={atEnd || undefined}
          aria-keyshortcuts="ArrowRight PageDown"
          onClick={() => move(1)}
        >
          Next <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="Escape"
          onClick={() => setPresenterMode(false)}
        >
          Leave presenter mode
        </button>
      </nav>
    </>
  );
}

/** The section a hash points at: a section's own id, or anything inside one (#cell-login); -1 if none. */
function sectionIndexOf(hash: string, sections: readonly Section[]): number {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id) return -1;
  const direct = sections.findIndex((section) => section.id === id);
  if (direct >= 0) return direct;
  const around = document.getElementById(id)?.closest('section[id]');
  return around ? sections.findIndex((section) => section.id === around.id) : -1;
}

/**
 * Marks every other section of the guide as off stage (presenter-mode.css hides them on screen; print still
 * shows the whole guide). An attribute, not an inline style: the app's CSP allows no inline styles.
 */
function showOnly(sectionId: string | null) {
  for (const section of document.querySelectorAll<HTMLElement>('.guide > section[id]')) {
    section.toggleAttribute('data-offstage', sectionId !== null && section.id !== sectionId);
  }
}

/** Shows the section from the top and focuses its first cell, or its heading when it has no cell. */
function arriveAt(sectionId: string) {
  const section = document.getElementById(sectionId);
  if (!section) return;
  const target =
    section.querySelector<HTMLElement>('article[id^="cell-"]') ?? section.querySelector<HTMLElement>('h2 a');
  window.scrollTo({ top: 0, behavior: 'instant' });
  target?.focus({ preventScroll: true });
  target?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
}
