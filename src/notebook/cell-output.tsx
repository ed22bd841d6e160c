// Under a cell's code: what its run gave (output, card, calm note), and in demo mode the words that say an
// answer was simulated.
import { usePresenter } from '../presenter/presenter-context.tsx';
import { blockingProblems, checkKey } from '../secrets/key-checks.ts';
import type { Failure } from '../troubleshooting/failure.ts';
import type { RequestRules } from '../troubleshooting/request-rules.ts';
import type { CellDefinition } from './cell-definition.ts';
import { LazyTroubleshootingCard as TroubleshootingCard } from './lazy-troubleshooting-card.tsx';
import { MissingCellsNote } from './missing-cells-note.tsx';
import { useNotebook, type Notebook } from './notebook-context.tsx';
import { cellState, type CellId, type CellState } from './notebook-state.ts';
import { retryPlan } from './retry-plan.ts';
import { RunningLine } from './running-line.tsx';
import { SimulatedNote } from './simulated-note.tsx';

/** Failures that are an answer (the simulated API's or proxy's), not a check made in the browser. */
const answeredFailures: ReadonlySet<Failure['kind']> = new Set([
  'http-error',
  'unexpected-body',
  'proxy-error',
]);

export function CellOutput({
  id,
  title,
  cell,
  definition,
  waiting,
}: {
  id: CellId;
  title: string;
  cell: CellState;
  definition: CellDefinition;
  /** The earlier cells it waits for, when it ran before them. */
  waiting: string[] | null;
}) {
  const notebook = useNotebook();
  // On a projector slide, the simulated line and a card are compact, so the slide fits without scrolling.
  const { presenterMode: compact } = usePresenter();
  const { Output } = definition;
  const simulatedFailure = notebook.simulated && cell.failure && answeredFailures.has(cell.failure.kind);
  return (
    <div className="cell__output" aria-live="polite" aria-busy={cell.status === 'running'}>
      {cell.status === 'running' && <RunningLine />}
      {cell.status === 'ok' && notebook.simulated && definition.simulatedNote && (
        <SimulatedNote detail={definition.simulatedNote} compact={compact} />
      )}
      {cell.status === 'ok' && cell.output !== null && <Output output={cell.output} />}
      {cell.status === 'cancelled' && (
        <p className="output__line">
          <span aria-hidden="true">■</span> Cancelled: the request was stopped before an answer came back. Run
          the cell again when you are ready.
        </p>
      )}
      {waiting && (
        <MissingCellsNote
          title={title}
          missing={waiting}
          onRun={() => void notebook.runWithDependencies(id)}
        />
      )}
      {!waiting && cell.status === 'error' && cell.failure && (
        <>
          {simulatedFailure && (
            <SimulatedNote
              detail="the demo scenario chose this failure, and no request reached the API."
              compact={compact}
            />
          )}
          <TroubleshootingCard
            failure={cell.failure}
            rules={definition.failureRules}
            demo={notebook.simulated}
            compact={compact}
            onRetry={() => void retry(notebook, id, cell.failure, definition.failureRules)}
            onOverride={() => void notebook.sendKeyAnyway(id)}
            extraActions={<FailureActions id={id} />}
          />
        </>
      )}
    </div>
  );
}

function retry(
  notebook: Notebook,
  id: CellId,
  failure: CellState['failure'],
  rules: RequestRules | undefined,
): Promise<boolean> {
  const plan = failure ? retryPlan(failure, rules) : { run: 'cell' as const };
  if (plan.run === 'from') return notebook.rerunFrom(plan.cell);
  if (plan.run === 'with-dependencies') return notebook.runWithDependencies(id);
  return notebook.runCell(id);
}

/** Fixes the app can make for the user, offered on the card beside "Try again". */
function FailureActions({ id }: { id: CellId }) {
  const notebook = useNotebook();
  const failure = cellState(notebook.state, id).failure;
  const cleaned = checkKey(notebook.state.inputs.pastedKey).cleaned;
  if (
    failure?.kind === 'key-problem' &&
    failure.source === 'pasted' &&
    failure.blocking &&
    cleaned !== notebook.state.inputs.pastedKey &&
    !checkKey(cleaned).problems.some((problem) => blockingProblems.includes(problem))
  ) {
    return (
      <button
        type="button"
        className="button button--primary"
        onClick={() => {
          notebook.setInputs({ pastedKey: cleaned });
          void notebook.runCell(id);
        }}
      >
        Use the cleaned-up key
      </button>
    );
  }
  return null;
}
