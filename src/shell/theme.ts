// The colour theme: the system's (prefers-color-scheme) unless the user picks Light or Dark. The choice is a
// display preference, not a secret, so it is kept in localStorage and survives a reload and "Reset everything".

export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_STORAGE_KEY = 'credentials-notebook:theme:v1';

export const themeChoices: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return themeChoices.some((choice) => choice.value === value);
}

/** Anything stored that is not a known choice (an old version, a hand edit) means the system's theme. */
export function parseThemeChoice(stored: string | null): ThemeChoice {
  return isThemeChoice(stored) ? stored : 'system';
}

export interface ThemeStore {
  get(): ThemeChoice;
  /** What the page built into index.html shows (no stored choice): hydration starts from it. */
  getServerSnapshot(): ThemeChoice;
  set(choice: ThemeChoice): void;
  subscribe(listener: () => void): () => void;
}

type ThemeStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** `root` is <html>: app.css reads its data-theme attribute; without one the system decides. */
export function createThemeStore(storage: ThemeStorage | null, root: HTMLElement | null): ThemeStore {
  let choice = parseThemeChoice(safely(() => storage?.getItem(THEME_STORAGE_KEY) ?? null, null));
  const listeners = new Set<() => void>();
  const apply = () => {
    if (!root) return;
    if (choice === 'system') delete root.dataset.theme;
    else root.dataset.theme = choice;
  };
  apply();
  return {
    get: () => choice,
    getServerSnapshot: () => 'system',
    set(next) {
      if (next === choice) return;
      choice = next;
      apply();
      safely(
        () =>
          next === 'system'
            ? storage?.removeItem(THEME_STORAGE_KEY)
            : storage?.setItem(THEME_STORAGE_KEY, next),
        undefined,
      );
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Storage can be missing or throw (private mode, disabled): the choice then lasts for this page only. */
function safely<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch {
    return fallback;
  }
}

function browserStorage(): ThemeStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// Created when the first chunk loads, before React renders, so a chosen theme shows without a flash.
export const themeStore =
  typeof window === 'undefined'
    ? createThemeStore(null, null)
    : createThemeStore(browserStorage(), document.documentElement);
