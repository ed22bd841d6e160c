import { useNotebook } from '../cells/notebook-context.tsx';
import { cellIds } from '../cells/notebook-state.ts';

/** The notebook's own commands, named as Jupyter names them. */
export function NotebookToolbar() {
  const notebook = useNotebook();
  const cells = cellIds.map((id) => notebook.state.cells[id]);
  const running = cells.some((cell) => cell.status === 'running');
  const staleCount = cells.filter((cell) => cell.stale).length;
  return (
    <div className="toolbar" role="toolbar" aria-label="Notebook">
      <button
        type="button"
        className="button button--primary"
        disabled={running}
        onClick={() => void notebook.runAll()}
      >
        Run all
      </button>
      <button
        type="button"
        className="button"
        disabled={running || staleCount === 0}
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
