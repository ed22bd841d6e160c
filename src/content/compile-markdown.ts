// Markdown to an HTML syntax tree (hast), built exactly as react-markdown builds it at render time: GFM, raw
// HTML kept as plain text, unsafe URLs such as `javascript:` emptied. The guide is compiled once, at build
// time, so the page ships finished trees instead of the markdown parser and renders without parsing.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { urlAttributes } from 'html-url-attributes';
import { defaultUrlTransform } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });

export function compileMarkdown(text: string): Root {
  const tree = processor.runSync(processor.parse(text));
  return { type: 'root', children: tree.children.flatMap(clean) as RootContent[] };
}

/** The node as react-markdown would render it, without source positions (nothing reads them). */
function clean(node: RootContent): RootContent[] {
  switch (node.type) {
    case 'raw': // What react-markdown does without rehype-raw: the HTML shows as text and is never parsed.
    case 'text':
      return [{ type: 'text', value: node.value }];
    case 'element':
      return [cleanElement(node)];
    default:
      // Comments and doctypes do not come out of markdown; nothing else is rendered.
      return [];
  }
}

function cleanElement(node: Element): Element {
  const properties = { ...node.properties };
  for (const [name, tags] of Object.entries(urlAttributes)) {
    if (name in properties && (tags === null || tags.includes(node.tagName))) {
      properties[name] = defaultUrlTransform(String(properties[name] ?? ''));
    }
  }
  return {
    type: 'element',
    tagName: node.tagName,
    properties,
    children: node.children.flatMap((child) => clean(child)) as ElementContent[],
  };
}
