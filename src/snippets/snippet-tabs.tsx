import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CodeBlock } from '../content/code-block.tsx';
import type { SnippetLanguage } from '../notebook/cell-definition.ts';
import './snippet-tabs.css';

const tabLabels: Record<SnippetLanguage, string> = { python: 'Python', bash: 'curl', typescript: 'TypeScript' };

/**
 * A cell's code as the notebook runs it, then as standalone Python, curl and TypeScript programs, in a
 * WAI-ARIA tabs widget: one tab stop, arrow keys and Home/End move between tabs, selection follows focus.
 */
export function SnippetTabs({
  title,
  notebookCode,
  snippets: programs,
}: {
  title: string;
  /** The notebook cell's Python (it reads variables from the cells above it). */
  notebookCode: string;
  /** Standalone programs: each runs on its own with MONAI_API_KEY set. */
  snippets: Record<SnippetLanguage, string>;
}) {
  const snippets = useMemo(
    () => [
      { id: 'notebook', language: 'python', label: 'Notebook cell', copyLabel: title, code: notebookCode },
      ...(Object.keys(tabLabels) as SnippetLanguage[]).map((language) => ({
        id: language,
        language,
        label: tabLabels[language],
        copyLabel: `${title} ${tabLabels[language]}`,
        code: programs[language],
      })),
    ],
    [title, notebookCode, programs],
  );
  const [selected, setSelected] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const baseId = useId();

  const select = (index: number) => {
    const next = (index + snippets.length) % snippets.length;
    setSelected(next);
    tabs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Arrows move from the tab that has focus, which is the selected one unless focus was moved by script.
    const focused = tabs.current.findIndex((tab) => tab === event.target);
    const from = focused >= 0 ? focused : selected;
    const moves: Record<string, () => number> = {
      ArrowRight: () => from + 1,
      ArrowLeft: () => from - 1,
      Home: () => 0,
      End: () => snippets.length - 1,
    };
    const move = moves[event.key];
    if (!move) return;
    // Handled here, so a page-level shortcut (presenter mode's arrows) must not also act on it.
    event.preventDefault();
    event.stopPropagation();
    select(move());
  };

  return (
    <div className="snippet-tabs">
      <div role="tablist" aria-label={`${title} code`} className="snippet-tabs__list" onKeyDown={onKeyDown}>
        {snippets.map((snippet, index) => (
          <button
            key={snippet.id}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${snippet.id}`}
            aria-selected={index === selected}
            aria-controls={`${baseId}-panel-${snippet.id}`}
            tabIndex={index === selected ? 0 : -1}
            className="snippet-tabs__tab"
            onClick={() => select(index)}
          >
            {snippet.label}
          </button>
        ))}
      </div>
      {snippets.map((snippet, index) => (
        <div
          key={snippet.id}
          role="tabpanel"
          id={`${baseId}-panel-${snippet.id}`}
          aria-labelledby={`${baseId}-tab-${snippet.id}`}
          hidden={index !== selected}
        >
          {/* The notebook tab keeps the cell's own copy-button name ("Copy Login code"). */}
          <CodeBlock code={snippet.code} language={snippet.language} label={snippet.copyLabel} />
        </div>
      ))}
    </div>
  );
}
