import { describe, expect, it } from 'vitest';
import type { KeyKind, KeyProblem } from '../api/contract.ts';
import { blockingProblems, checkKey, hasBlockingProblem } from './key-checks.ts';

const PERSONAL = `nvapi-${'aB3_-x9Z'.repeat(8)}`;
const LEGACY = 'Q2hhbmdlTWUxMjM0NTY3ODkwYWJjZDpjM2RlNGY1YS02YjdjLTRkOGUtOWYwYS0xYjJjM2Q0ZTVmNmExMjM0';

describe('checkKey', () => {
  it.each<[string, string, KeyKind, KeyProblem[], string]>([
    ['a personal key', PERSONAL, 'personal', [], PERSONAL],
    ['a legacy key', LEGACY, 'legacy', [], LEGACY],
    ['nothing', '', 'unknown', ['empty'], ''],
    ['only whitespace', ' \n\t ', 'unknown', ['empty'], ''],
    ['the notebook placeholder', '<YOUR_API_KEY>', 'unknown', ['placeholder'], '<YOUR_API_KEY>'],
    ['the guide placeholder', '<Your NGC API Key>', 'unknown', ['placeholder'], '<Your NGC API Key>'],
    ['words asking for a key', 'your api key here', 'unknown', ['placeholder'], 'your api key here'],
    [
      'a shell placeholder line',
      'export MONAI_API_KEY=<Your NGC API Key>',
      'unknown',
      ['export-prefix', 'placeholder'],
      '<Your NGC API Key>',
    ],
    ['a trailing newline', `${PERSONAL}\n`, 'personal', ['surrounding-whitespace'], PERSONAL],
    ['leading spaces', `   ${LEGACY}`, 'legacy', ['surrounding-whitespace'], LEGACY],
    ['double quotes', `"${PERSONAL}"`, 'personal', ['surrounding-quotes'], PERSONAL],
    ['single quotes', `'${PERSONAL}'`, 'personal', ['surrounding-quotes'], PERSONAL],
    ['an unbalanced quote', `"${PERSONAL}`, 'unknown', ['unknown-shape'], `"${PERSONAL}`],
    ['export line', `export MONAI_API_KEY=${PERSONAL}`, 'personal', ['export-prefix'], PERSONAL],
    ['assignment only', `MONAI_API_KEY=${PERSONAL}`, 'personal', ['export-prefix'], PERSONAL],
    ['NGC variable with spaces', `NGC_API_KEY = ${LEGACY}`, 'legacy', ['export-prefix'], LEGACY],
    [
      'the whole profile line',
      `  export MONAI_API_KEY="${PERSONAL}"\n`,
      'personal',
      ['surrounding-whitespace', 'export-prefix', 'surrounding-quotes'],
      PERSONAL,
    ],
    [
      'spaces inside quotes',
      `" ${PERSONAL} "`,
      'personal',
      ['surrounding-quotes', 'surrounding-whitespace'],
      PERSONAL,
    ],
    [
      'an empty assignment',
      'MONAI_API_KEY=""',
      'unknown',
      ['export-prefix', 'surrounding-quotes', 'empty'],
      '',
    ],
    [
      'a line break in the middle',
      `${PERSONAL.slice(0, 30)}\n${PERSONAL.slice(30)}`,
      'personal',
      ['inner-whitespace'],
      `${PERSONAL.slice(0, 30)}\n${PERSONAL.slice(30)}`,
    ],
    ['a truncated key', PERSONAL.slice(0, 50), 'unknown', ['unknown-shape'], PERSONAL.slice(0, 50)],
    ['a key one character too long', `${PERSONAL}x`, 'unknown', ['unknown-shape'], `${PERSONAL}x`],
    [
      'a legacy key with a symbol',
      `${LEGACY.slice(0, 83)}!`,
      'unknown',
      ['unknown-shape'],
      `${LEGACY.slice(0, 83)}!`,
    ],
    ['HTML', '<script>alert(1)</script>', 'unknown', ['unknown-shape'], '<script>alert(1)</script>'],
    ['emoji', '🔑🔑🔑', 'unknown', ['unknown-shape'], '🔑🔑🔑'],
  ])('%s', (_name, raw, kind, problems, cleaned) => {
    expect(checkKey(raw)).toEqual({ kind, problems, cleaned });
  });

  it('handles a 10 KB value without trouble', () => {
    expect(checkKey('a'.repeat(10_000)).problems).toEqual(['unknown-shape']);
  });
});

describe('blockingProblems', () => {
  it('blocks on everything except an unknown shape, which the user may override', () => {
    expect(blockingProblems).not.toContain('unknown-shape');
    expect(hasBlockingProblem(['unknown-shape'])).toBe(false);
    expect(hasBlockingProblem(['unknown-shape', 'surrounding-quotes'])).toBe(true);
    expect(hasBlockingProblem([])).toBe(false);
  });
});
