import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';
import './dialog.css';

/**
 * A native modal <dialog>: showModal() makes the rest of the page inert (focus stays inside), Escape cancels,
 * and focus goes back to whatever had it before. Rendering it opens it; the parent unmounts it on onClose.
 * The element marked data-autofocus gets focus first (a safe choice such as Cancel).
 */
export function ModalDialog({
  title,
  className,
  onClose,
  children,
}: {
  title: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closed = useEffectEvent(onClose);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // 'close' also follows Escape (the dialog's cancel): the parent then unmounts the dialog. The event is
    // queued, so one queued by an earlier close() can arrive after the dialog was opened again (StrictMode
    // runs this effect, its cleanup, and the effect again): a dialog that is still open was not closed.
    const onCloseEvent = () => {
      if (!dialog.open) closed();
    };
    dialog.addEventListener('close', onCloseEvent);
    return () => {
      // Removed first: close() below queues a 'close' event that must not reach the parent again.
      dialog.removeEventListener('close', onCloseEvent);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
