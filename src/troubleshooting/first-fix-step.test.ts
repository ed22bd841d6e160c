import { describe, expect, it } from 'vitest';
import { parsedCards } from './card-content.ts';
import { splitFirstFixStep } from './first-fix-step.ts';

describe('splitFirstFixStep', () => {
  it.each([
    {
      name: 'four steps',
      fix: '1. Check the key.\n2. Make a new one.\n3. Paste it.\n4. See Troubleshooting.',
      first: '1. Check the key.',
      more: '2. Make a new one.\n3. Paste it.\n4. See Troubleshooting.',
      moreSteps: [2, 3, 4],
    },
    {
      name: 'one step',
      fix: '1. Choose **Try again**.',
      first: '1. Choose **Try again**.',
      more: '',
      moreSteps: [],
    },
    {
      name: 'a nested list stays with its step',
      fix: '1. Check:\n   1. the host\n   2. the port\n2. Restart.',
      first: '1. Check:\n   1. the host\n   2. the port',
      more: '2. Restart.',
      moreSteps: [2],
    },
    {
      name: 'Windows line ends',
      fix: '1. Wait.\r\n2. Try again.',
      first: '1. Wait.',
      more: '2. Try again.',
      moreSteps: [2],
    },
  ])('$name', ({ fix, first, more, moreSteps }) => {
    expect(splitFirstFixStep(fix)).toEqual({ first, more, moreSteps });
  });

  it('loses no line of any card, live or demo', () => {
    for (const parsed of parsedCards.values()) {
      if (!parsed.ok) continue;
      for (const fix of [parsed.card.fix, parsed.card.demo?.fix].filter((text) => text !== undefined)) {
        const split = splitFirstFixStep(fix);
        expect(split.first).toMatch(/^1\. \S/);
        const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');
        expect([...lines(split.first), ...lines(split.more)]).toEqual(lines(fix));
      }
    }
  });
});
