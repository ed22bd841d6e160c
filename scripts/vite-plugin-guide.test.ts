import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompiledSection } from '../src/content/compile-guide.ts';
import { CELLS_MODULE_ID, GUIDE_MODULE_ID, guideContent } from './vite-plugin-guide.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A guide folder: `files` maps paths such as guide/01-a.md and cells/setup.tsx to their text. */
async function guideDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'guide-plugin-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

/** The cell-modules module the plugin generates for a guide folder. */
async function loadCellsModule(dir: string): Promise<string> {
  const plugin = guideContent({ dir });
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: unknown, id: string) => Promise<string | undefined>;
  return (await load.call({ addWatchFile: () => {} }, resolveId(CELLS_MODULE_ID) ?? '')) ?? '';
}

const CELL_MODULE = "export const cell = {};\n";

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
      'guide/02-b.md': '## Second\n\nRun it:\n\n```python cell=setup title="Setup"\n```\n',
      'guide/01-a.md': '## First\n\nSome *words*.\n',
      'guide/notes.txt': 'not part of the guide',
      'cells/setup.tsx': CELL_MODULE,
    });
    const { sections, watched } = await loadGuide(dir);
    expect(sections.map((section) => section.id)).toEqual(['first', 'second']);
    expect(sections[0]?.blocks[0]).toMatchObject({
      kind: 'markdown',
      text: 'Some *words*.',
      tree: { type: 'root', children: [{ type: 'element', tagName: 'p' }] },
    });
    expect(sections[1]?.blocks.map((block) => block.kind)).toEqual(['markdown', 'cell']);
    expect(watched.map((path) => path.slice(dir.length + 1))).toEqual(['guide/01-a.md', 'guide/02-b.md']);
  });

  it('fails the build with the file and line of a mistake, instead of shipping a broken page', async () => {
    const dir = await guideDir({ 'guide/01-a.md': '## First\n\n```python cell=setup\nimport os\n```\n' });
    await expect(loadGuide(dir)).rejects.toThrow(/01-a\.md:3: cell "setup" needs a title/);
  });

  it('imports each cell module in the order the markdown places the cells', async () => {
    const dir = await guideDir({
      'guide/01-a.md': '## First\n\n```python cell=login title="Login"\n```\n\n```python cell=setup title="S"\n```\n',
      'cells/setup.tsx': CELL_MODULE,
      'cells/login.tsx': CELL_MODULE,
      'cells/login.test.tsx': 'not a cell',
    });
    const code = await loadCellsModule(dir);
    expect(code.indexOf('cells/login.tsx')).toBeLessThan(code.indexOf('cells/setup.tsx'));
    expect(code).not.toContain('login.test.tsx');
  });

  it('fails the build, with the file and line, on a cell id that no module defines', async () => {
    const dir = await guideDir({
      'guide/01-a.md': '## First\n\nText.\n\n```python cell=list-datasets title="List datasets"\n```\n',
    });
    await expect(loadGuide(dir)).rejects.toThrow(
      /guide\/01-a\.md:5: cell "list-datasets" has no module: add .*cells\/list-datasets\.tsx/,
    );
    await expect(loadCellsModule(dir)).rejects.toThrow(/cell "list-datasets" has no module/);
  });

  it('fails the build on a cell module that the markdown never places', async () => {
    const dir = await guideDir({
      'guide/01-a.md': '## First\n\n```python cell=setup title="Setup"\n```\n',
      'cells/setup.tsx': CELL_MODULE,
      'cells/orphan.tsx': CELL_MODULE,
    });
    await expect(loadGuide(dir)).rejects.toThrow(/cells\/orphan\.tsx:1: cell "orphan" is never placed/);
  });

  it('leaves every other module alone', () => {
    const resolveId = guideContent().resolveId as (id: string) => string | undefined;
    expect(resolveId('/src/main.tsx')).toBeUndefined();
  });
});
