import { useRef, useState } from 'react';
import { guideSections } from '../content/guide.ts';
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
  // Set when a Run all ends with every cell done; shown while they all still are.
  const [finished, setFinished] = useState(false);
  const allDone = cells.every((cell) => cell.status === 'ok');

  const runAll = async () => {
    if (busy) return;
    setFinished(false);
    const ok = await notebook.runAll();
    setFinished(ok);
    // Run all stops at the first failure: take whoever pressed it straight to the card that explains it.
    if (!ok && document.activeElement === runAllButton.current) focusFirstCard();
  };

  return (
    <>
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
      <RunAllFinished shown={finished && allDone} simulated={notebook.simulated} />
    </>
  );
}

const NEXT_SECTION = guideSections.find((section) => section.id === 'refreshing-your-credentials');

/** After a Run all that succeeded: say so at the top, where it was pressed, and where to go next. */
function RunAllFinished({ shown, simulated }: { shown: boolean; simulated: boolean }) {
  return (
    <p className="run-all-finished" role="status">
      {shown && (
        <>
          <span aria-hidden="true">✓</span> Run all finished: every cell succeeded
          {simulated && ' on simulated answers (demo mode, key not checked)'}, and their outputs are below.
          {NEXT_SECTION && (
            <>
              {' '}
              Next: <a href={`#${NEXT_SECTION.id}`}>{NEXT_SECTION.title}</a>.
            </>
          )}
        </>
      )}
    </p>
  );
}
