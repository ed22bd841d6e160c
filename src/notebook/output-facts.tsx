// The pieces a cell's output is laid out with: facts as a definition list, a tick that is never the only
// signal, and an HTTP status in words.
import type { ReactNode } from 'react';

const statusText: Record<number, string> = { 200: 'OK', 201: 'Created' };

export const httpStatus = (status: number) => `${status} ${statusText[status] ?? ''}`.trim();

export function Facts({ children }: { children: ReactNode }) {
  return <dl className="output__facts">{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="output__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function OkIcon() {
  return (
    <span className="icon icon--ok" aria-hidden="true">
      ✓
    </span>
  );
}
