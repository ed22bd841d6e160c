import { useId } from 'react';
import './missing-cells-note.css';

/**
 * Running a cell before the cells it needs is a missing step, not a failure: one calm note that names them
 * and one button that runs them, in order, then this cell. A section with a heading, like a card, so focus
 * that follows a run lands on its heading.
 */
export function MissingCellsNote({
  title,
  missing,
  onRun,
}: {
  title: string;
  missing: readonly string[];
  onRun: () => void;
}) {
  const headingId = useId();
  const names = joinNames(missing);
  return (
    <section className="missing-cells" aria-labelledby={headingId}>
      <h4 id={headingId} className="missing-cells__title">
        Run the earlier cells first
      </h4>
      <p>
        As in Jupyter, each cell uses what the cells before it set up: {title} needs {names} to have run
        first.
      </p>
      <button type="button" className="button button--primary" onClick={onRun}>
        Run {missing.join(', ')}, then {title}
      </button>
    </section>
  );
}

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
