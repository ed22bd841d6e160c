// How the app renders markdown elements, for guide trees compiled at build time (markdown-tree.tsx) and for
// text rendered at run time (markdown.tsx) alike: heading ids for deep links, external links that say they
// open a new tab, and fenced blocks as highlighted code with a copy button.
import type { ComponentProps } from 'react';
import type { Components, ExtraProps } from 'react-markdown';
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
  // A list in react-markdown's hast; a string in the guide's trees, compiled to React props at build time.
  const classes = code.properties.className;
  const names = Array.isArray(classes) ? classes.map(String) : String(classes ?? '').split(' ');
  const language = names.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? '';
  // The markdown parser keeps the newline before the closing fence; the code itself does not end with it.
  const text = textOf(code).replace(/\n$/, '');
  return <CodeBlock code={text} language={language} label={language || undefined} />;
}

export const MARKDOWN_COMPONENTS: Components = {
  h1: headingWithId('h1'),
  h2: headingWithId('h2'),
  h3: headingWithId('h3'),
  h4: headingWithId('h4'),
  h5: headingWithId('h5'),
  h6: headingWithId('h6'),
  a: Link,
  pre: Pre,
};
