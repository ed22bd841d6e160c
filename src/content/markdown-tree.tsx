import { createElement, memo, type ElementType, type ReactNode } from 'react';
import type { CompiledNode, CompiledTree } from './compile-markdown.ts';
import { MARKDOWN_COMPONENTS } from './markdown-components.tsx';

/**
 * Renders markdown compiled at build time (compile-markdown.ts) with the same elements and components as
 * <Markdown>, minus the parsing and the prop conversion: both were done at build time.
 */
export const MarkdownTree = memo(function MarkdownTree({ tree }: { tree: CompiledTree }) {
  return <div className="markdown">{tree.children.map(renderNode)}</div>;
});

function renderNode(node: CompiledNode, index: number): ReactNode {
  if (node.type === 'text') return node.value;
  const component = (MARKDOWN_COMPONENTS as Record<string, ElementType | undefined>)[node.tagName];
  // The app's components read the node (a heading's text, a fence's language), as react-markdown's do.
  const props = { ...node.properties, key: `${node.tagName}-${index}`, ...(component ? { node } : {}) };
  return createElement(component ?? node.tagName, props, ...node.children.map(renderNode));
}
