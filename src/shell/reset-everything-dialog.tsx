import { useQueryClient } from '@tanstack/react-query';
import { useNotebook } from '../notebook/notebook-context.tsx';
import { progressStore } from '../progress/progress-store.ts';
import { ModalDialog } from './modal-dialog.tsx';
import { resetEverything, resetItems, type ResetReport } from './reset-everything.ts';

/**
 * Asks before "Reset everything" clears the session, then clears it. Cancel has focus first, so a stray
 * Enter does no harm; Escape cancels too.
 */
export function ResetEverythingDialog({
  onDone,
  onClose,
}: {
  onDone: (report: ResetReport) => void;
  onClose: () => void;
}) {
  const notebook = useNotebook();
  const queryClient = useQueryClient();

  const confirm = async () => {
    const report = await resetEverything({
      resetNotebook: notebook.resetInputs,
      resetProgress: progressStore.reset,
      forgetRequests: () => {
        void queryClient.cancelQueries();
        queryClient.getMutationCache().clear();
      },
      // Needs the page focused and a user gesture: the confirming click is one.
      clearClipboard: navigator.clipboard ? () => navigator.clipboard.writeText('') : undefined,
    });
    onDone(report);
  };

  return (
    <ModalDialog title="Reset everything?" className="dialog--reset" onClose={onClose}>
      <p>For the next person at this machine. This clears:</p>
      <ul>
        {resetItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>The theme you chose stays. This cannot be undone.</p>
      <div className="dialog__actions">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirm()}>
          Reset everything
        </button>
      </div>
    </ModalDialog>
  );
}
