// Markdown to a tree of React-ready elements, built exactly as react-markdown builds its elements at render
// time: GFM, raw HTML kept as plain text, unsafe URLs such as `javascript:` emptied, attribute names and values
// as React wants them. The guide is compiled once, at build time, so the page ships finished trees instead of
// the markdown parser and hast's property tables, and renders them with a few lines (markdown-tree.tsx).
import type { Element, ElementContent, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { urlAttributes } from 'html-url-attributes';
import { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

export interface CompiledText {
  type: 'text';
  value: string;
}
export interface CompiledElement {
  type: 'element';
  tagName: string;
  /** React props (className, htmlFor, style objects…), as hast-util-to-jsx-runtime would pass them. */
  properties: Record<string, unknown>;
  children: CompiledNode[];
}
export type CompiledNode = CompiledText | CompiledElement;
export interface CompiledTree {
  type: 'root';
  children: CompiledNode[];
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });

// What hast-util-to-jsx-runtime drops: whitespace between table parts, which React refuses inside tables.
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

export function compileMarkdown(text: string): CompiledTree {
  const tree = processor.runSync(processor.parse(text));
  return { type: 'root', children: tree.children.flatMap((child) => compile(child, 'root')) };
}

/** The node as react-markdown would render it, without source positions (nothing reads them). */
function compile(node: Root['children'][number], parentTag: string): CompiledNode[] {
  switch (node.type) {
    case 'raw': // What react-markdown does without rehype-raw: the HTML shows as text and is never parsed.
    case 'text':
      if (TABLE_PARTS.has(parentTag) && node.value.trim() === '') return [];
      return [{ type: 'text', value: node.value }];
    case 'element':
      return [compileElement(node)];
    default:
      // Comments and doctypes do not come out of markdown; nothing else is rendered.
      return [];
  }
}

function compileElement(node: Element): CompiledElement {
  const properties = { ...node.properties };
  for (const [name, tags] of Object.entries(urlAttributes)) {
    if (name in properties && (tags === null || tags.includes(node.tagName))) {
      properties[name] = defaultUrlTransform(String(properties[name] ?? ''));
    }
  }
  return {
    type: 'element',
    tagName: node.tagName,
    properties: reactProps({ ...node, properties, children: [] }),
    children: node.children.flatMap((child: ElementContent) => compile(child, node.tagName)),
  };
}

/** The props hast-util-to-jsx-runtime gives the element (its own name and value rules), children aside. */
function reactProps(element: Element): Record<string, unknown> {
  let props: Record<string, unknown> = {};
  const capture = (type: unknown, given: Record<string, unknown>) => {
    if (type === element.tagName) props = given; // Not the root's fragment, made last.
    return null;
  };
  toJsxRuntime(
    { type: 'root', children: [element] },
    { Fragment: 'fragment', jsx: capture, jsxs: capture, ignoreInvalidStyle: true },
  );
  const { children: _children, ...rest } = props;
  return rest;
}
