// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { hasCommandModifier, isInDialog, isTextEntryTarget, usesArrowKeys } from './keyboard-targets.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

function element(html: string, selector = '[data-target]'): Element {
  document.body.innerHTML = html;
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector} in ${html}`);
  return found;
}

describe('keyboard targets', () => {
  it.each([
    ['a text input', '<input data-target type="text">', true, true],
    ['a password input', '<input data-target type="password">', true, true],
    ['an input with no type', '<input data-target>', true, true],
    ['a textarea', '<textarea data-target></textarea>', true, true],
    ['a select', '<select data-target><option>a</option></select>', true, true],
    ['editable content', '<div data-target contenteditable="true">x</div>', true, true],
    ['a radio button', '<input data-target type="radio">', false, true],
    ['a checkbox', '<input data-target type="checkbox">', false, false],
    ['a button', '<button data-target>Run</button>', false, false],
    [
      'a tab in a tablist',
      '<div role="tablist"><button data-target role="tab">curl</button></div>',
      false,
      true,
    ],
    ['a cell (article)', '<article data-target tabindex="0">cell</article>', false, false],
    ['the page itself', '<p data-target>text</p>', false, false],
  ])('%s: text entry %s, uses arrows %s', (_name, html, text, arrows) => {
    const target = element(html);
    expect(isTextEntryTarget(target)).toBe(text);
    expect(usesArrowKeys(target)).toBe(arrows);
  });

  it('treats no target (a window event) as not a text field', () => {
    expect(isTextEntryTarget(null)).toBe(false);
    expect(usesArrowKeys(window)).toBe(false);
  });

  it.each([
    [{ ctrlKey: false, altKey: false, metaKey: false }, false],
    [{ ctrlKey: true, altKey: false, metaKey: false }, true],
    [{ ctrlKey: false, altKey: true, metaKey: false }, true],
    [{ ctrlKey: false, altKey: false, metaKey: true }, true],
  ])('command modifiers %o: %s', (event, expected) => {
    expect(hasCommandModifier(event)).toBe(expected);
  });

  it('knows when focus is inside a dialog', () => {
    expect(isInDialog(element('<dialog open><button data-target>OK</button></dialog>'))).toBe(true);
    expect(isInDialog(element('<button data-target>OK</button>'))).toBe(false);
  });
});
