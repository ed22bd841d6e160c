import { useMemo, useRef, type KeyboardEvent } from 'react';
import { CodeBlock } from '../content/code-block.tsx';
import { SnippetTabs } from '../snippets/snippet-tabs.tsx';
import { codeContextOf } from './code-context.ts';
import { CellOutput } from './cell-output.tsx';
import { earlierResultWords, useEarlierResult } from './earlier-results.tsx';
import { useNotebook } from './notebook-context.tsx';
import { cellState, type CellId, type CellState } from './notebook-state.ts';

const statusLabel: Record<CellState['status'], string> = {
  idle: 'Not run yet',
  running: 'Running…',
  ok: 'Succeeded',
  error: 'Failed',
  cancelled: 'Cancelled',
};
const statusIcon: Record<CellState['status'], string> = {
  idle: '○',
  running: '◌',
  ok: '✓',
  error: '✕',
  cancelled: '■',
};

/** The earlier cells this cell waits for, when it was run before them (not a failure). */
function waitingFor(cell: CellState): string[] | null {
  const failure = cell.status === 'error' ? cell.failure : undefined;
  if (failure?.kind !== 'missing-dependencies' || failure.missing.length === 0) return null;
  return failure.missing.map((missing) => missing.title);
}

/** A notebook cell: its inputs, its code, a Run button with Jupyter's [n], and its output or a card. */
export function Cell({ id, title, language }: { id: CellId; title: string; language: string }) {
  const notebook = useNotebook();
  const cell = cellState(notebook.state, id);
  const ref = useRef<HTMLElement>(null);
  const definition = notebook.graph.byId.get(id);
  const earlier = useEarlierResult(id);
  const context = useMemo(
    () => codeContextOf(notebook.config?.hostUrl, notebook.state.inputs, notebook.simulated),
    [notebook.config?.hostUrl, notebook.state.inputs, notebook.simulated],
  );
  // The code is rendered from the session's host, org and key source: what it shows is what runs.
  const code = useMemo(() => definition?.code(context) ?? '', [definition, context]);
  const snippets = useMemo(() => definition?.snippets?.(context), [definition, context]);
  if (!definition) return null;
  const { Inputs } = definition;
  const count = cell.status === 'running' ? '*' : (cell.executionCount ?? ' ');
  const waiting = waitingFor(cell);
  const shownStatus = waiting ? 'waiting' : cell.status;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !event.shiftKey) return;
    // Shift+Enter, as in Jupyter: run this cell and move to the next one.
    event.preventDefault();
    void notebook.runCell(id);
    const next = notebook.graph.ids[notebook.graph.ids.indexOf(id) + 1];
    if (next) document.getElementById(`cell-${next}`)?.focus();
  };

  return (
    <article
      ref={ref}
      id={`cell-${id}`}
      className={`cell cell--${shownStatus}`}
      aria-labelledby={`cell-${id}-title`}
      aria-describedby={`cell-${id}-status`}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <header className="cell__header">
        <span className="cell__count">
          <span aria-hidden="true">[{count}]:</span>
          <span className="visually-hidden">
            {cell.executionCount ? `execution count ${cell.executionCount}` : 'no execution count'}
          </span>
        </span>
        <h3 id={`cell-${id}-title`} className="cell__title">
          {title}
        </h3>
        <span id={`cell-${id}-status`} className={`cell__status cell__status--${shownStatus}`}>
          <span aria-hidden="true">{waiting ? '↑' : statusIcon[cell.status]}</span>{' '}
          {waiting ? 'Waiting for earlier cells' : statusLabel[cell.status]}
        </span>
        {cell.status === 'running' ? (
          <button
            type="button"
            className="button"
            aria-label={`Cancel ${title}`}
            onClick={() => notebook.cancelCell(id)}
          >
            ■ Cancel
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            aria-label={`Run ${title}`}
            disabled={!notebook.ready}
            onClick={() => void notebook.runCell(id)}
          >
            ▶ Run
          </button>
        )}
      </header>
      {cell.status === 'idle' && earlier && (
        // The contents show this step as done: say here, in the same words, why the cell is not.
        <p className="cell__earlier">
          <span aria-hidden="true">↺</span> {title}: {earlierResultWords[earlier]}. Results are kept, keys and
          tokens never are.
        </p>
      )}
      {cell.stale && (
        <p className="cell__stale">
          <span aria-hidden="true">⚠</span> Stale: this output came from an older key, org or token. Run the
          cell again (or “Run stale cells”) to bring it up to date.
        </p>
      )}
      {Inputs && <Inputs />}
      {snippets ? (
        <SnippetTabs title={title} notebookCode={code} snippets={snippets} />
      ) : (
        <CodeBlock code={code} language={language} label={title} />
      )}
      <CellOutput id={id} title={title} cell={cell} definition={definition} waiting={waiting} />
    </article>
  );
}
