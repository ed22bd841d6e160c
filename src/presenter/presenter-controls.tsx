import { lazy, Suspense, useId } from 'react';
import { usePresenter } from './presenter-context.tsx';

// The one-section-at-a-time view, its keys and its styles load only when someone presents.
const PresenterMode = lazy(() =>
  import('./presenter-mode.tsx').then((module) => ({ default: module.PresenterMode })),
);

/** The tools' "Presenter mode" toggle and "Presenting" switch. */
export function PresenterControls() {
  const { presenterMode, presenting, setPresenterMode, setPresenting } = usePresenter();
  const id = useId();
  return (
    <div className="presenter-controls">
      <button
        type="button"
        className="button"
        aria-pressed={presenterMode}
        onClick={() => setPresenterMode(!presenterMode)}
      >
        Presenter mode
      </button>
      <label className="switch" htmlFor={`${id}-presenting`}>
        <input
          id={`${id}-presenting`}
          type="checkbox"
          role="switch"
          checked={presenting}
          disabled={presenterMode}
          aria-describedby={`${id}-presenting-help`}
          onChange={(event) => setPresenting(event.target.checked)}
        />
        Presenting
      </label>
      <span id={`${id}-presenting-help`} className="visually-hidden">
        {presenterMode
          ? 'Always on in presenter mode: secrets stay masked.'
          : 'When on, secrets stay masked: every Reveal button is off.'}
      </span>
    </div>
  );
}

/** Presenter mode's view: rendered inside the guide, loaded on first use. */
export function PresenterView({ sections }: { sections: readonly { id: string; title: string }[] }) {
  const { presenterMode } = usePresenter();
  if (!presenterMode) return null;
  return (
    <Suspense fallback={null}>
      <PresenterMode sections={sections} />
    </Suspense>
  );
}
