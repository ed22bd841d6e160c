// Demo mode's answers look like real ones: every output and card that came from one says, in words inside
// the cell, that it was simulated and that no key was checked (the mode badge at the top is easy to miss).

export const SIMULATED_LEAD = 'Simulated (demo mode), key not checked:';

/**
 * `compact` (a projector slide, where every line counts): one short line that still says the answer was
 * simulated; screen readers get the whole note, and the presenter says the detail aloud.
 */
export function SimulatedNote({ detail, compact = false }: { detail: string; compact?: boolean }) {
  if (compact) {
    return (
      <p className="output__simulated output__simulated--compact" role="note">
        <span aria-hidden="true">
          ◇ <strong>Simulated, key not checked</strong>
        </span>
        <span className="visually-hidden">
          {SIMULATED_LEAD} {detail}
        </span>
      </p>
    );
  }
  return (
    <p className="output__simulated" role="note">
      <span aria-hidden="true">◇ </span>
      <strong>{SIMULATED_LEAD}</strong> {detail}
    </p>
  );
}
