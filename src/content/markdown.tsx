import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { MARKDOWN_COMPONENTS } from './markdown-components.tsx';

const REMARK_PLUGINS = [remarkGfm];

/**
 * Renders markdown that is only known at run time (the troubleshooting cards, in their lazy chunk). Raw HTML
 * is shown as text (react-markdown's default without rehype-raw) and unsafe URLs such as `javascript:` are
 * dropped by its default urlTransform. The guide itself is compiled at build time: see markdown-tree.tsx.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={REMARK_PLUGINS} components={MARKDOWN_COMPONENTS}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
