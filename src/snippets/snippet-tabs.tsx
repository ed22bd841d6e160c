import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CodeBlock } from '../content/code-block.tsx';
import { requestSnippets, type SnippetCellId } from './request-snippets.ts';
import './snippet-tabs.css';

/**
 * A request cell's code as Python (the cell's own code, what the notebook runs), curl and TypeScript, in a
 * WAI-ARIA tabs widget: one tab stop, arrow keys and Home/End move between tabs, selection follows focus.
 */
export function SnippetTabs({
  cellId,
  title,
  pythonCode,
  hostUrl,
  org,
}: {
  cellId: SnippetCellId;
  title: string;
  pythonCode: string;
  hostUrl: string;
  org: string;
}) {
  const snippets = useMemo(
    () =>
      requestSnippets(cellId, { hostUrl, org }).map((snippet) =>
        snippet.language === 'python' ? { ...snippet, code: pythonCode } : snippet,
      ),
    [cellId, hostUrl, org, pythonCode],
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
    const moves: Record<string, () => number> = {
      ArrowRight: () => selected + 1,
      ArrowLeft: () => selected - 1,
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
            key={snippet.language}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-tab-${snippet.language}`}
            aria-selected={index === selected}
            aria-controls={`${baseId}-panel-${snippet.language}`}
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
          key={snippet.language}
          role="tabpanel"
          id={`${baseId}-panel-${snippet.language}`}
          aria-labelledby={`${baseId}-tab-${snippet.language}`}
          hidden={index !== selected}
        >
          {/* The Python tab keeps the cell's own copy-button name ("Copy Login code"). */}
          <CodeBlock
            code={snippet.code}
            language={snippet.language}
            label={snippet.language === 'python' ? title : `${title} ${snippet.label}`}
          />
        </div>
      ))}
    </div>
  );
}
