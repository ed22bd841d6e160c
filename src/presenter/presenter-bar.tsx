import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { usePresenter } from './presenter-context.tsx';
import { speakerUrl } from './presenter-url.ts';

const DemoControls = lazy(() =>
  import('../mocks/demo-controls.tsx').then((module) => ({ default: module.DemoControls })),
);
const ResetEverythingDialog = lazy(() =>
  import('../shell/reset-everything-dialog.tsx').then((module) => ({
    default: module.ResetEverythingDialog,
  })),
);

/**
 * Presenter mode's one compact bar: the steps, the demo scenario, that secrets are locked, the speaker view,
 * Next attendee (Reset everything, after its confirmation) and the way out.
 */
export function PresenterBar({
  index,
  count,
  title,
  demo,
  onMove,
  onFirst,
}: {
  index: number;
  count: number;
  title: string;
  demo: boolean;
  onMove: (step: number) => void;
  onFirst: () => void;
}) {
  const { setPresenterMode } = usePresenter();
  const id = useId();
  const [resetOpen, setResetOpen] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 10_000);
    return () => clearTimeout(timer);
  }, [message]);

  const openSpeakerView = () => {
    const opened = window.open(
      speakerUrl(window.location.href),
      'credentials-notebook-speaker',
      'popup,width=1200,height=800',
    );
    if (!opened) setMessage('The browser blocked the speaker view: allow pop-ups for this page.');
  };

  return (
    <nav className="presenter-bar" aria-label="Presenter">
      <button
        type="button"
        className="button"
        aria-disabled={index === 0 || undefined}
        aria-keyshortcuts="ArrowLeft PageUp"
        onClick={() => onMove(-1)}
      >
        <span aria-hidden="true">←</span> Previous
      </button>
      <p className="presenter-bar__counter" aria-live="polite" aria-atomic="true">
        <strong>
          Slide {index + 1} of {count}
        </strong>
        <span className="presenter-bar__title">: {title}</span>
      </p>
      <button
        type="button"
        className="button button--primary"
        aria-disabled={index === count - 1 || undefined}
        aria-keyshortcuts="ArrowRight PageDown"
        onClick={() => onMove(1)}
      >
        Next <span aria-hidden="true">→</span>
      </button>
      {demo && (
        <Suspense fallback={null}>
          <DemoControls />
        </Suspense>
      )}
      <p className="presenter-bar__lock">Secrets locked</p>
      <button type="button" className="button" onClick={openSpeakerView}>
        Open speaker view
      </button>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        aria-describedby={`${id}-attendee`}
        onClick={() => setResetOpen(true)}
      >
        Next attendee
      </button>
      <span id={`${id}-attendee`} className="visually-hidden">
        Reset everything for the next person: asks first.
      </span>
      <button
        type="button"
        className="button"
        aria-keyshortcuts="Escape"
        onClick={() => setPresenterMode(false)}
      >
        Leave presenter mode
      </button>
      <p className="presenter-bar__message" role="status">
        {message}
      </p>
      {resetOpen && (
        <Suspense fallback={null}>
          <ResetEverythingDialog
            onClose={() => setResetOpen(false)}
            onDone={(report) => {
              setResetOpen(false);
              onFirst();
              setMessage(
                `Everything is reset${report.clipboardCleared ? ', the clipboard too' : ''}. Ready for the next attendee.`,
              );
            }}
          />
        </Suspense>
      )}
    </nav>
  );
}
