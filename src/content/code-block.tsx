import { useMemo } from 'react';
import { useCopy, type CopyState } from '../shell/use-copy.ts';
import { highlightedHtml } from './highlight.ts';
import './code-block.css';

const COPY_MESSAGES: Record<CopyState, string> = {
  idle: '',
  copied: 'Copied',
  failed: 'Copy failed: select the code and copy it by hand',
};

/** Highlighted, copyable code. `label` (a cell title, say) names the copy button for screen readers. */
export function CodeBlock({ code, language, label }: { code: string; language: string; label?: string }) {
  // The coloured tokens as markup (every piece of text escaped): the browser's parser builds a long listing's
  // hundreds of spans far faster than React would, one element at a time, as the page starts.
  const html = useMemo(() => ({ __html: highlightedHtml(code, language) }), [code, language]);
  const { state: copyState, copy } = useCopy();

  return (
    <div className="code-block">
      <div className="code-block__toolbar">
        {language && <span className="code-block__language">{language}</span>}
        {/* Always rendered so screen readers announce the change; the button's own name stays stable. */}
        <span role="status" className="code-block__status">
          {COPY_MESSAGES[copyState]}
        </span>
        <button
          type="button"
          className="code-block__copy"
          aria-label={label ? `Copy ${label} code` : 'Copy code'}
          onClick={() => void copy(code)}
        >
          Copy
        </button>
      </div>
      {/* Focusable, so a keyboard user reaches the code too (long lines wrap; see code-block.css). */}
      <pre className="code-block__pre" tabIndex={0}>
        <code className={language ? `language-${language}` : undefined} dangerouslySetInnerHTML={html} />
      </pre>
    </div>
  );
}
