import type { ComponentProps } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { CodeBlock } from './code-block.tsx';
import { slugify } from './parse-guide.ts';
import './markdown.css';

/** Just enough of a hast node to read its text, so this file needs no direct dependency on hast's types. */
interface HastLike {
  type: string;
  value?: string;
  children?: HastLike[];
}

function textOf(node: HastLike | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

// Headings carry the same slug ids as the guide's sections, so `#open-the-setup-page` deep-links work.
function headingWithId(Tag: HeadingTag) {
  return function Heading({ node, children, ...props }: ComponentProps<HeadingTag> & ExtraProps) {
    return (
      <Tag {...props} id={slugify(textOf(node))}>
        {children}
      </Tag>
    );
  };
}

const EXTERNAL_HREF = /^(?:https?:)?\/\//i;

function Link({ node: _node, href, children, ...props }: ComponentProps<'a'> & ExtraProps) {
  if (!href || !EXTERNAL_HREF.test(href)) {
    // In-page anchors (and relative links) keep the default behaviour: scroll within this page.
    return (
      <a {...props} href={href}>
        {children}
      </a>
    );
  }
  return (
    <a {...props} href={href} target="_blank" rel="noopener noreferrer">
      {children} <span className="markdown__new-tab">(opens in a new tab)</span>
    </a>
  );
}

// Fenced blocks that are not cells still get highlighting and a copy button.
function Pre({ node, children, ...props }: ComponentProps<'pre'> & ExtraProps) {
  const code = node?.children.find((child) => child.type === 'element' && child.tagName === 'code');
  if (!code || code.type !== 'element') return <pre {...props}>{children}</pre>;
  const classes = code.properties.className;
  const language =
    (Array.isArray(classes) ? classes : [])
      .map(String)
      .find((name) => name.startsWith('language-'))
      ?.slice('language-'.length) ?? '';
  // The markdown parser keeps the newline before the closing fence; the code itself does not end with it.
  const text = textOf(code).replace(/\n$/, '');
  return <CodeBlock code={text} language={language} label={language || undefined} />;
}

const COMPONENTS: Components = {
  h1: headingWithId('h1'),
  h2: headingWithId('h2'),
  h3: headingWithId('h3'),
  h4: headingWithId('h4'),
  h5: headingWithId('h5'),
  h6: headingWithId('h6'),
  a: Link,
  pre: Pre,
};

const REMARK_PLUGINS = [remarkGfm];

/**
 * Renders trusted-format, untrusted-content markdown: raw HTML is shown as text (react-markdown's default
 * without rehype-raw) and unsafe URLs such as `javascript:` are dropped by its default urlTransform.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={REMARK_PLUGINS} components={COMPONENTS}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
