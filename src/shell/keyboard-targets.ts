// Page-level shortcuts must never take a key that the focused element needs: a letter typed into a field, an
// arrow that moves a caret, a radio choice, a tab, or a code block's horizontal scroll.

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'week',
  'time',
]);

/** Widgets whose own keyboard model uses the arrow keys (WAI-ARIA practices). */
const ARROW_KEY_WIDGETS =
  '[role="tablist"], [role="radiogroup"], [role="listbox"], [role="menu"], [role="menubar"], [role="slider"], [role="tree"], [role="grid"], [role="spinbutton"]';

/** True when keys typed here are text: inputs that take text, selects, textareas, editable content. */
export function isTextEntryTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return (
    target.closest(
      '[contenteditable]:not([contenteditable="false"]), [role="textbox"], [role="combobox"], [role="searchbox"]',
    ) !== null
  );
}

/** True when the focused element (or a widget around it) gives the arrow keys a meaning of its own. */
export function usesArrowKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (isTextEntryTarget(target)) return true;
  if (target instanceof HTMLInputElement) return target.type === 'radio' || target.type === 'range';
  if (target.closest(ARROW_KEY_WIDGETS)) return true;
  // A focused code block that is wider than its box scrolls sideways with ←/→.
  return target.scrollWidth > target.clientWidth && getComputedStyle(target).overflowX !== 'visible';
}

/** True for keys pressed with Ctrl, Alt or Meta: those belong to the browser (Alt+← is Back). */
export function hasCommandModifier(event: Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'metaKey'>): boolean {
  return event.ctrlKey || event.altKey || event.metaKey;
}

/** True inside an open dialog, whose own keys (Escape, Tab) come first. */
export function isInDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog') !== null;
}
