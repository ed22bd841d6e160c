import { useCallback, useSyncExternalStore, type ReactNode } from 'react';
import { EarlierResultsContext } from '../notebook/earlier-results.tsx';
import { progressStore } from '../progress/progress-store.ts';
import { earlierResult } from '../progress/step-status.ts';

/** Lets each cell say what the contents say about its step's earlier result, from the same stored progress. */
export function EarlierResultsProvider({ children }: { children: ReactNode }) {
  const progress = useSyncExternalStore(progressStore.subscribe, progressStore.get, progressStore.getServerSnapshot);
  const lookup = useCallback((id: string) => earlierResult(progress, id), [progress]);
  return <EarlierResultsContext value={lookup}>{children}</EarlierResultsContext>;
}
