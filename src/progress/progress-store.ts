import { emptyProgress, parseStoredProgress, type Progress } from './progress.ts';

export const PROGRESS_STORAGE_KEY = 'credentials-notebook:progress:v1';

/** Progress kept in localStorage (results and ticks only) so it survives a reload. */
export interface ProgressStore {
  get(): Progress;
  /** What the page built into index.html shows (nothing stored): hydration starts from it. */
  getServerSnapshot(): Progress;
  update(change: (progress: Progress) => Progress): void;
  reset(): void;
  subscribe(listener: () => void): () => void;
}

export function createProgressStore(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
): ProgressStore {
  let progress = parseStoredProgress(safely(() => storage?.getItem(PROGRESS_STORAGE_KEY) ?? null, null));
  const listeners = new Set<() => void>();
  const publish = () => {
    for (const listener of listeners) listener();
  };
  return {
    get: () => progress,
    getServerSnapshot: () => emptyProgress,
    update(change) {
      const next = change(progress);
      if (next === progress) return;
      progress = next;
      safely(() => storage?.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(progress)), undefined);
      publish();
    },
    reset() {
      progress = emptyProgress;
      safely(() => storage?.removeItem(PROGRESS_STORAGE_KEY), undefined);
      publish();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Storage can throw (private mode, quota, disabled): progress then lives for this page only. */
function safely<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch {
    return fallback;
  }
}

function browserStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export const progressStore = createProgressStore(typeof window === 'undefined' ? null : browserStorage());
