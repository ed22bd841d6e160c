import { lazy, Suspense, useEffect, useState } from 'react';
import { hasCommandModifier, isInDialog, isTextEntryTarget } from './keyboard-targets.ts';
import type { ResetReport } from './reset-everything.ts';
import { ThemeSwitch } from './theme-switch.tsx';
import './shell.css';
import './print.css';

// The dialogs are opened rarely: each is a small chunk of its own, out of the first view's weight, and
// fetched once the page is idle so that ? opens its dialog at once.
const loadShortcutsDialog = () => import('./shortcuts-dialog.tsx');
const loadResetDialog = () => import('./reset-everything-dialog.tsx');
const ShortcutsDialog = lazy(() =>
  loadShortcutsDialog().then((module) => ({ default: module.ShortcutsDialog })),
);
const ResetEverythingDialog = lazy(() =>
  loadResetDialog().then((module) => ({ default: module.ResetEverythingDialog })),
);

type OpenDialog = 'none' | 'shortcuts' | 'reset';

/** The view and session tools: theme, keyboard shortcuts (also on ?), and Reset everything. */
export function ShellControls() {
  const [dialog, setDialog] = useState<OpenDialog>('none');
  const [message, setMessage] = useState('');
  const close = () => setDialog('none');

  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 2000));
    idle(() => {
      loadShortcutsDialog().catch(() => {});
      loadResetDialog().catch(() => {});
    });
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.defaultPrevented || hasCommandModifier(event)) return;
      if (isTextEntryTarget(event.target) || isInDialog(event.target)) return;
      event.preventDefault();
      setDialog('shortcuts');
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 10_000);
    return () => clearTimeout(timer);
  }, [message]);

  const resetDone = (report: ResetReport) => {
    close();
    window.scrollTo({ top: 0, behavior: 'instant' });
    setMessage(
      `Everything is reset: outputs, token, key, inputs and progress are cleared${
        report.clipboardCleared ? ', and the clipboard is empty' : ''
      }. Ready for the next person.`,
    );
  };

  return (
    <div className="shell-controls">
      <ThemeSwitch />
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={() => setDialog('shortcuts')}
      >
        Keyboard shortcuts
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setDialog('reset')}>
        Reset everything
      </button>
      <p className="shell-controls__message" role="status">
        {message}
      </p>
      <Suspense fallback={null}>
        {dialog === 'shortcuts' && <ShortcutsDialog onClose={close} />}
        {dialog === 'reset' && <ResetEverythingDialog onClose={close} onDone={resetDone} />}
      </Suspense>
    </div>
  );
}
