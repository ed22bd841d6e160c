import { renderToStaticMarkup } from 'react-dom/server';
import cardTrees from 'virtual:card-trees';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../content/markdown.tsx';
import { MarkdownTree } from '../content/markdown-tree.tsx';
import { getCardContent } from './card-content.ts';
import { cardIds } from './card-ids.ts';

// The cards are compiled at build time (scripts/vite-plugin-card-trees.ts); a reader must see exactly what
// the markdown parser made of the same words at run time.
describe('virtual:card-trees', () => {
  it.each(cardIds)('%s renders as the parser would render its file', (id) => {
    const content = getCardContent(id);
    const trees = cardTrees[id];
    expect(trees, `no compiled tree for ${id}`).toBeDefined();
    for (const part of ['cause', 'fix'] as const) {
      const compiled = renderToStaticMarkup(<MarkdownTree tree={trees![part]} />);
      expect(compiled).toBe(renderToStaticMarkup(<Markdown text={content[part]} />));
      expect(compiled.length).toBeGreaterThan(40);
    }
  });
});
