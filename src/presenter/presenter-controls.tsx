import { lazy, Suspense, useId } from 'react';
import type { AppMode } from '../app/resolve-mode.ts';
import { usePresenter } from './presenter-context.tsx';

// The slides, their keys, the bar and their styles load only when someone presents.
const PresenterMode = lazy(() =>
  import('./presenter-mode.tsx').then((module) => ({ default: module.PresenterMode })),
);

/**
 * The tools' "Presenter mode" button and the one control for secrets, "Lock secrets", each with a line that
 * says what it does. Presenter mode always locks secrets (its bar says so), and leaving it keeps them locked.
 */
export function PresenterControls() {
  const { presenting, setPresenterMode, setPresenting } = usePresenter();
  const id = useId();
  return (
    <div className="presenter-controls">
      <div>
        <button
          type="button"
          className="button"
          aria-describedby={`${id}-mode-help`}
          onClick={() => setPresenterMode(true)}
        >
          Presenter mode
        </button>
        <p id={`${id}-mode-help`} className="presenter-controls__help">
          Slides for a projector, with a speaker view. Locks secrets.
        </p>
      </div>
      <div>
        <label className="switch" htmlFor={`${id}-lock`}>
          <input
            id={`${id}-lock`}
            type="checkbox"
            role="switch"
            checked={presenting}
            aria-describedby={`${id}-lock-help`}
            onChange={(event) => setPresenting(event.target.checked)}
          />
          Lock secrets
        </label>
        <p id={`${id}-lock-help`} className="presenter-controls__help">
          {presenting
            ? 'Locked: every Reveal button is off, for sharing your screen.'
            : 'Turn on before sharing your screen: every Reveal button goes off.'}
        </p>
      </div>
    </div>
  );
}

/** Presenter mode's slides and bar: rendered inside the guide, loaded on first use. */
export function PresenterView({ mode }: { mode?: AppMode }) {
  const { presenterMode } = usePresenter();
  if (!presenterMode) return null;
  return (
    <Suspense fallback={null}>
      <PresenterMode mode={mode} />
    </Suspense>
  );
}
