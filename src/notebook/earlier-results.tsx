// What the notebook remembers from before this page's kernel started (a reload, or Restart): a step's result,
// never its variables. Tokens are never stored, so a step done earlier is not usable now: the cell and the
// contents both say so, in the same words, from here.
import { createContext, use } from 'react';
import type { CellId } from './notebook-state.ts';

/** 'done': succeeded against the API; 'done-in-demo': succeeded on simulated answers only. */
export type EarlierResult = 'done' | 'done-in-demo';

/** Looks up a step's earlier result; the app provides it from its progress store. */
export const EarlierResultsContext = createContext<(id: CellId) => EarlierResult | undefined>(
  () => undefined,
);

export function useEarlierResult(id: CellId): EarlierResult | undefined {
  return use(EarlierResultsContext)(id);
}

export const earlierResultWords: Record<EarlierResult, string> = {
  done: 'done earlier — run it again to use it now',
  'done-in-demo': 'done earlier in demo mode only (simulated) — run it again to use it now',
};
