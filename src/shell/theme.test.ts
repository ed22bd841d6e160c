// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createThemeStore, parseThemeChoice, THEME_STORAGE_KEY } from './theme.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('theme', () => {
  it.each([
    [null, 'system'],
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    ['purple', 'system'],
    ['', 'system'],
  ] as const)('stored %j means %s', (stored, expected) => {
    expect(parseThemeChoice(stored)).toBe(expected);
  });

  it('applies the stored choice to <html> as soon as it is created', () => {
    const root = document.createElement('html');
    createThemeStore(memoryStorage({ [THEME_STORAGE_KEY]: 'dark' }), root);
    expect(root.dataset.theme).toBe('dark');
  });

  it.each([
    ['light', 'light', 'light'],
    ['dark', 'dark', 'dark'],
    ['system', undefined, undefined],
  ] as const)('choosing %s sets data-theme %s and stores %s', (choice, attribute, stored) => {
    const storage = memoryStorage({ [THEME_STORAGE_KEY]: choice === 'light' ? 'dark' : 'light' });
    const root = document.createElement('html');
    const store = createThemeStore(storage, root);
    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.set(choice);
    expect(store.get()).toBe(choice);
    expect(root.dataset.theme).toBe(attribute);
    expect(storage.items.get(THEME_STORAGE_KEY)).toBe(stored);
    expect(notified).toBe(1);
  });

  it('still switches when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const root = document.createElement('html');
    const store = createThemeStore(broken, root);
    expect(store.get()).toBe('system');
    store.set('dark');
    expect(root.dataset.theme).toBe('dark');
  });
});
