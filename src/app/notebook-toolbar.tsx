import { useRef } from 'react';
import { useNotebook } from '../notebook/notebook-context.tsx';
import { cellState } from '../notebook/notebook-state.ts';
import { focusFirstCard } from '../shell/result-focus.tsx';

/** The notebook's own commands, named as Jupyter names them. */
export function NotebookToolbar() {
  const notebook = useNotebook();
  const runAllButton = useRef<HTMLButtonElement>(null);
  const cells = notebook.graph.ids.map((id) => cellState(notebook.state, id));
  const running = cells.some((cell) => cell.status === 'running');
  const busy = running || !notebook.ready;
  const staleCount = cells.filter((cell) => cell.stale).length;

  const runAll = async () => {
    if (busy) return;
    const ok = await notebook.runAll();
    // Run all stops at the first failure: take whoever pressed it straight to the card that explains it.
    if (!ok && document.activeElement === runAllButton.current) focusFirstCard();
  };

  return (
    <div className="toolbar" role="toolbar" aria-label="Notebook">
      {/* aria-disabled, not disabled, while running: a disabled button would drop the keyboard focus. */}
      <button
        ref={runAllButton}
        type="button"
        className="button button--primary"
        aria-disabled={busy || undefined}
        onClick={() => void runAll()}
      >
        Run all
      </button>
      <button
        type="button"
        className="button"
        disabled={busy || staleCount === 0}
        onClick={() => void notebook.runStale()}
      >
        Run stale cells{staleCount > 0 ? ` (${staleCount})` : ''}
      </button>
      <button type="button" className="button" onClick={notebook.restart}>
        Restart
      </button>
    </div>
  );
}
