import { describe, expect, it } from 'vitest';
import { toLines } from './ipynb-format.ts';

describe('toLines', () => {
  it.each([
    ['', []],
    ['print(1)', ['print(1)']],
    ['a\nb', ['a\n', 'b']],
    ['a\nb\n', ['a\n', 'b\n']],
    ['a\n\nb', ['a\n', '\n', 'b']],
    ['a\r\nb', ['a\n', 'b']],
  ])('splits %j into %j, which join back to the text', (text, lines) => {
    expect(toLines(text)).toEqual(lines);
    expect(toLines(text).join('')).toBe(text.replace(/\r\n/g, '\n'));
  });
});
