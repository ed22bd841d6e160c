import { useEffect, useSyncExternalStore } from 'react';
import { useNotebook } from '../notebook/notebook-context.tsx';
import { guideSections } from '../content/guide.ts';
import { guideChecklists, sectionSteps } from '../content/guide-steps.ts';
import {
  cellStepStatus,
  recordCellResults,
  summarizeProgress,
  type StepStatus,
} from '../progress/progress.ts';
import { progressStore } from '../progress/progress-store.ts';

const stepWords: Record<StepStatus, string> = { done: 'done', failed: 'failed', 'not-yet': 'not yet' };
const stepIcons: Record<StepStatus, string> = { done: '✓', failed: '✕', 'not-yet': '○' };

/** Every section as a deep link, with progress that comes from results (a cell succeeded), not from visits. */
export function TableOfContents() {
  const { state } = useNotebook();
  const progress = useSyncExternalStore(progressStore.subscribe, progressStore.get);
  useEffect(() => progressStore.update((current) => recordCellResults(current, state)), [state]);
  const summary = summarizeProgress(progress, guideChecklists);

  return (
    <nav className="toc" aria-label="Table of contents">
      <h2 className="toc__title">Contents</h2>
      <p className="toc__progress">
        {summary.done} of {summary.total} steps done
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
                    const status = cellStepStatus(progress, cell.id);
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
