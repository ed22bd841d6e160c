import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileMarkdown } from './compile-markdown.ts';
import { guideSections } from './guide.ts';
import { Markdown } from './markdown.tsx';
import { MarkdownTree } from './markdown-tree.tsx';

const viaTree = (text: string) => renderToStaticMarkup(<MarkdownTree tree={compileMarkdown(text)} />);
const viaParser = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

const guideBlocks = guideSections.flatMap((section) =>
  section.blocks.flatMap((block) => (block.kind === 'markdown' ? [block] : [])),
);

// The guide is compiled at build time; a learner must see exactly what react-markdown would have shown.
describe('markdown compiled at build time', () => {
  it.each(guideBlocks.map((block, index) => [index, block] as const))(
    'renders guide block %i as react-markdown renders its text',
    (_index, block) => {
      expect(renderToStaticMarkup(<MarkdownTree tree={block.tree} />)).toBe(viaParser(block.text));
    },
  );

  it.each([
    ['raw HTML shows as text', 'Before <script>alert(1)</script> <b onclick="x()">bold</b> after'],
    ['an HTML block shows as text', '<div>\n<img src=x onerror=alert(1)>\n</div>'],
    ['javascript: links lose their target', '[click](javascript:alert(1)) and [ok](https://ngc.nvidia.com)'],
    [
      'GFM tables, strikethrough, task lists',
      '| a | b |\n|---|:-:|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n- [ ] not yet',
    ],
    ['autolinks and footnotes', 'See https://ngc.nvidia.com/setup.[^1]\n\n[^1]: A note.'],
    ['headings get slug ids', '### What is `nvapi-`?\n\n#### Base URL *and* headers'],
    [
      'fences inside lists',
      '1. Run:\n\n   ```bash\n   export MONAI_API_KEY=<YOUR_API_KEY>\n   ```\n2. Done.',
    ],
    ['entities and emoji', 'Tom &amp; Jerry &lt;3 🔑 &copy;'],
  ])('%s, exactly as react-markdown renders it', (_what, text) => {
    expect(viaTree(text)).toBe(viaParser(text));
  });

  it('never lets HTML or a javascript: URL through', () => {
    const html = viaTree('<script>alert(1)</script>\n\n[x](javascript:alert(1))');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('javascript:');
  });

  it('ships no source positions, which nothing reads', () => {
    expect(JSON.stringify(guideBlocks.map((block) => block.tree))).not.toContain('"position"');
  });
});
