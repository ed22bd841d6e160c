import { useNotebook } from '../cells/notebook-context.tsx';

/** The notebook's own commands, named as Jupyter names them. */
export function NotebookToolbar() {
  const notebook = useNotebook();
  const running = Object.values(notebook.state.cells).some((cell) => cell.status === 'running');
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
      <button type="button" className="button" onClick={notebook.restart}>
        Restart
      </button>
    </div>
  );
}
