import { describe, expect, it } from 'vitest';
import { resetEverything, type ResetTargets } from './reset-everything.ts';

function targets(clipboard?: () => Promise<void>) {
  const calls: string[] = [];
  const all: ResetTargets = {
    resetNotebook: () => calls.push('notebook'),
    resetProgress: () => calls.push('progress'),
    forgetRequests: () => calls.push('requests'),
    clearClipboard: clipboard
      ? async () => {
          calls.push('clipboard');
          await clipboard();
        }
      : undefined,
  };
  return { calls, all };
}

describe('resetEverything', () => {
  it.each([
    ['a clipboard that accepts', async () => {}, true, ['notebook', 'progress', 'requests', 'clipboard']],
    [
      'a clipboard that refuses',
      () => Promise.reject(new Error('Document is not focused')),
      false,
      ['notebook', 'progress', 'requests', 'clipboard'],
    ],
    ['no clipboard at all', undefined, false, ['notebook', 'progress', 'requests']],
  ])('with %s, clears the rest and reports the clipboard', async (_name, clipboard, cleared, expected) => {
    const { calls, all } = targets(clipboard);
    await expect(resetEverything(all)).resolves.toEqual({ clipboardCleared: cleared });
    expect(calls).toEqual(expected);
  });
});
