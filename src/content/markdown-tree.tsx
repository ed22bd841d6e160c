import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { memo } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { MARKDOWN_COMPONENTS } from './markdown-components.tsx';

/**
 * Renders markdown compiled at build time (compile-markdown.ts) with the same elements and components as
 * <Markdown>, minus the parsing: what react-markdown does after its parser, done here on a finished tree.
 */
export const MarkdownTree = memo(function MarkdownTree({ tree }: { tree: Root }) {
  return (
    <div className="markdown">
      {toJsxRuntime(tree, {
        Fragment,
        jsx,
        jsxs,
        components: MARKDOWN_COMPONENTS as Components,
        ignoreInvalidStyle: true,
        passKeys: true,
        passNode: true,
      })}
    </div>
  );
});
