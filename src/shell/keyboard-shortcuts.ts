// What the "Keyboard shortcuts" dialog lists: every key the app itself handles, grouped by where it works.

export interface Shortcut {
  /** Each key as shown in a <kbd>; alternatives are separate entries. */
  keys: string[];
  what: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: Shortcut[];
}

export const keyboardShortcuts: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: ['?'], what: 'Show this list (not while typing in a field)' },
      { keys: ['Tab', 'Shift+Tab'], what: 'Move to the next or previous control' },
      { keys: ['Enter', 'Space'], what: 'Press the focused button' },
      { keys: ['Escape'], what: 'Close a dialog' },
    ],
  },
  {
    title: 'In a cell',
    shortcuts: [
      { keys: ['Shift+Enter'], what: 'Run the focused cell and move to the next one, as in Jupyter' },
      {
        keys: ['←', '→', 'Home', 'End'],
        what: 'Switch between Python, curl and TypeScript on the code tabs',
      },
    ],
  },
  {
    title: 'In presenter mode',
    shortcuts: [
      { keys: ['→', 'Page Down'], what: 'Next slide (in the speaker view too)' },
      { keys: ['←', 'Page Up'], what: 'Previous slide' },
      { keys: ['1–9'], what: 'Pick that demo scenario, in the picker’s order (demo mode)' },
      { keys: ['Escape'], what: 'Leave presenter mode' },
    ],
  },
];

/**
 * The Tab order, said in words: where focus goes, so a keyboard user can plan a route through the page.
 * Arrows and Page keys are never taken while a text field, a select or the code tabs have focus.
 */
export const tabOrder =
  'Tab goes through the top bar (mode and notebook commands), then the contents, then the tools (presenter, ' +
  'theme, shortcuts, reset, export, demo scenario), then the guide. In each cell: the cell itself, its Run ' +
  'button, its inputs, its code and its output.';
