import { useEffect, useSyncExternalStore } from 'react';
import { useNotebook } from '../notebook/notebook-context.tsx';
import { guideSections } from '../content/guide.ts';
import { guideChecklists, sectionSteps } from '../content/guide-steps.ts';
import { earlierResultWords } from '../notebook/earlier-results.tsx';
import { cellState } from '../notebook/notebook-state.ts';
import { recordCellResults, summarizeProgress } from '../progress/progress.ts';
import { progressStore } from '../progress/progress-store.ts';
import { stepStatus, type StepStatus } from '../progress/step-status.ts';

// Words first: the icons only repeat them (colour and shape are never the only signal).
const stepWords: Record<StepStatus, string> = {
  done: 'done',
  'done-in-demo': 'done in demo mode only (simulated)',
  'done-earlier': earlierResultWords.done,
  'done-in-demo-earlier': earlierResultWords['done-in-demo'],
  failed: 'failed',
  'failed-earlier': 'failed earlier',
  'not-yet': 'not yet',
};
const stepIcons: Record<StepStatus, string> = {
  done: '✓',
  'done-in-demo': '◇',
  'done-earlier': '↺',
  'done-in-demo-earlier': '◇',
  failed: '✕',
  'failed-earlier': '✕',
  'not-yet': '○',
};

/** Every section as a deep link, with progress that comes from results (a cell succeeded), not from visits. */
export function TableOfContents() {
  const { state, simulated } = useNotebook();
  const progress = useSyncExternalStore(progressStore.subscribe, progressStore.get, progressStore.getServerSnapshot);
  useEffect(
    () => progressStore.update((current) => recordCellResults(current, state, simulated)),
    [state, simulated],
  );
  const summary = summarizeProgress(progress, guideChecklists);

  return (
    <nav className="toc" aria-label="Table of contents">
      <h2 className="toc__title">Contents</h2>
      <p className="toc__progress">
        {summary.done} of {summary.total} steps done
        {summary.doneInDemoOnly > 0 &&
          ` · ${summary.doneInDemoOnly} more done in demo mode only (not counted)`}
        {summary.minutesLeft > 0 ? ` · about ${summary.minutesLeft} min left` : ' · all done'}
      </p>
      <ol>
        {guideSections.map((section) => {
          const steps = sectionSteps[section.id];
          return (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
              {steps && steps.cells.length > 0 && (
                <ul className="toc__steps">
                  {steps.cells.map((cell) => {
                    const status = stepStatus(progress, cell.id, cellState(state, cell.id), simulated);
                    return (
                      <li key={cell.id} className={`toc__step toc__step--${status}`}>
                        <a href={`#cell-${cell.id}`}>
                          <span aria-hidden="true">{stepIcons[status]}</span> {cell.title}
                          <span className="toc__step-word">: {stepWords[status]}</span>
                        </a>
                      </li>
                    );
                  })}
                </ul>
              )}
              {steps?.checklists.map((list) => {
                const ticked = list.items.filter((item) =>
                  progress.checklists[list.id]?.includes(item),
                ).length;
                const status: StepStatus = ticked === list.items.length ? 'done' : 'not-yet';
                return (
                  <ul key={list.id} className="toc__steps">
                    <li className={`toc__step toc__step--${status}`}>
                      <span aria-hidden="true">{stepIcons[status]}</span> {list.title}: {ticked} of{' '}
                      {list.items.length}
                    </li>
                  </ul>
                );
              })}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" onClick={progressStore.reset}>
        Reset progress
      </button>
    </nav>
  );
}
