// Demo mode's answers look like real ones: every output and card that came from one says, in words inside
// the cell, that it was simulated and that no key was checked (the mode badge at the top is easy to miss).

export const SIMULATED_LEAD = 'Simulated (demo mode), key not checked:';

export function SimulatedNote({ detail }: { detail: string }) {
  return (
    <p className="output__simulated" role="note">
      <span aria-hidden="true">◇ </span>
      <strong>{SIMULATED_LEAD}</strong> {detail}
    </p>
  );
}
