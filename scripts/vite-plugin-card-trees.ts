// `virtual:card-trees`: each troubleshooting card's cause and fix (content/guides/<guide>/cards/*.md) compiled at
// build time into the trees MarkdownTree renders, as the guide is (vite-plugin-guide.ts). The cards' chunk
// then carries no markdown parser: it was most of that chunk, fetched by every visitor while idle.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileMarkdown } from '../src/content/compile-markdown.ts';
import { activeGuide } from '../src/guides/registry.ts';
import { parseCardMarkdown } from '../src/troubleshooting/parse-card.ts';

export const CARD_TREES_MODULE_ID = 'virtual:card-trees';
const RESOLVED_ID = `\0${CARD_TREES_MODULE_ID}`;

export function cardTrees(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? join(activeGuide.dir, 'cards'));
  return {
    name: 'credentials-notebook:card-trees',
    resolveId(id) {
      return id === CARD_TREES_MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const trees: Record<string, { cause: unknown; fix: unknown }> = {};
      for (const name of (await readdir(dir)).filter((file) => file.endsWith('.md')).sort()) {
        const path = join(dir, name);
        this.addWatchFile(path);
        const parsed = parseCardMarkdown(name.replace(/\.md$/, ''), await readFile(path, 'utf8'));
        // A malformed card keeps the app's fallback words; card-content.test.ts names the file.
        if (!parsed.ok) continue;
        trees[parsed.card.id] = {
          cause: compileMarkdown(parsed.card.cause),
          fix: compileMarkdown(parsed.card.fix),
        };
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(trees))});\n`;
    },
  };
}
