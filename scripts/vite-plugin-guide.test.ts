import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompiledSection } from '../src/content/compile-guide.ts';
import { GUIDE_MODULE_ID, guideContent } from './vite-plugin-guide.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function guideDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'guide-plugin-'));
  dirs.push(dir);
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(dir, name), text)));
  return dir;
}

/** Runs the plugin's hooks as Vite would, and evaluates the module it produces. */
async function loadGuide(dir: string) {
  const plugin = guideContent({ dir });
  const watched: string[] = [];
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: unknown, id: string) => Promise<string | undefined>;
  const id = resolveId(GUIDE_MODULE_ID);
  if (!id) throw new Error('virtual:guide did not resolve');
  const code = await load.call({ addWatchFile: (path: string) => watched.push(path) }, id);
  const url = `data:text/javascript;base64,${Buffer.from(code ?? '').toString('base64')}`;
  const sections = ((await import(url)) as { default: CompiledSection[] }).default;
  return { sections, watched };
}

describe('the guide plugin', () => {
  it('compiles every .md file, in name order, into sections with markdown trees and cells', async () => {
    const dir = await guideDir({
      '02-b.md': '## Second\n\nRun it:\n\n```python cell=setup title="Setup"\nimport os\n```\n',
      '01-a.md': '## First\n\nSome *words*.\n',
      'notes.txt': 'not part of the guide',
    });
    const { sections, watched } = await loadGuide(dir);
    expect(sections.map((section) => section.id)).toEqual(['first', 'second']);
    expect(sections[0]?.blocks[0]).toMatchObject({
      kind: 'markdown',
      text: 'Some *words*.',
      tree: { type: 'root', children: [{ type: 'element', tagName: 'p' }] },
    });
    expect(sections[1]?.blocks.map((block) => block.kind)).toEqual(['markdown', 'cell']);
    expect(watched.map((path) => path.slice(dir.length + 1))).toEqual(['01-a.md', '02-b.md']);
  });

  it('fails the build with the file and line of a mistake, instead of shipping a broken page', async () => {
    const dir = await guideDir({ '01-a.md': '## First\n\n```python cell=setup\nimport os\n```\n' });
    await expect(loadGuide(dir)).rejects.toThrow(/01-a\.md:3: cell "setup" needs a title/);
  });

  it('leaves every other module alone', () => {
    const resolveId = guideContent().resolveId as (id: string) => string | undefined;
    expect(resolveId('/src/main.tsx')).toBeUndefined();
  });
});
