// `virtual:guide`: the active guide's guide/*.md (src/guides/registry.ts) compiled at build time (and on each
// change in `npm run dev`) into the sections, cells and markdown trees the app renders. The page then ships no
// markdown parser for the guide and does no parsing before its first paint, and a malformed guide file fails
// the build with its line number instead of blanking the page.
// `virtual:guide-cells`: the guide's cell modules (cells/<id>.tsx), in the order the markdown places them.
// The build fails, with the file and line, on a `cell=` id no module defines and on a module never placed.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileGuide } from '../src/content/compile-guide.ts';
import { activeGuide } from '../src/guides/registry.ts';

export const GUIDE_MODULE_ID = 'virtual:guide';
export const CELLS_MODULE_ID = 'virtual:guide-cells';
const RESOLVED_ID = `\0${GUIDE_MODULE_ID}`;
const RESOLVED_CELLS_ID = `\0${CELLS_MODULE_ID}`;
const CELL_MODULE = /^([a-z0-9][a-z0-9-]*)\.tsx?$/;

interface GuideFiles {
  /** Project-relative path → markdown. */
  markdown: Record<string, string>;
  /** Cell id → absolute path of its module. */
  cellModules: Map<string, string>;
}

/** `dir` is a guide folder: guide/*.md and cells/<id>.tsx. */
export function guideContent(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? activeGuide.dir);
  const isGuideFile = (path: string) =>
    resolve(path).startsWith(`${dir}/`) && (path.endsWith('.md') || path.endsWith('.tsx'));

  async function readGuide(watch: (path: string) => void): Promise<GuideFiles> {
    const guideDir = join(dir, 'guide');
    const markdown: Record<string, string> = {};
    for (const name of (await readdir(guideDir)).filter((file) => file.endsWith('.md')).sort()) {
      const path = join(guideDir, name);
      watch(path);
      // Errors name the file as the author sees it, relative to the project.
      markdown[relative(process.cwd(), path)] = await readFile(path, 'utf8');
    }
    const cellsDir = join(dir, 'cells');
    const names = await readdir(cellsDir).catch(() => [] as string[]);
    const cellModules = new Map<string, string>();
    for (const name of names.sort()) {
      const id = CELL_MODULE.exec(name)?.[1];
      if (id && !name.includes('.test.')) cellModules.set(id, join(cellsDir, name));
    }
    return { markdown, cellModules };
  }

  return {
    name: 'credentials-notebook:guide',
    resolveId(id) {
      if (id === GUIDE_MODULE_ID) return RESOLVED_ID;
      if (id === CELLS_MODULE_ID) return RESOLVED_CELLS_ID;
      return undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_CELLS_ID) return undefined;
      const { markdown, cellModules } = await readGuide((path) => this.addWatchFile(path));
      const sections = compileGuide(markdown);
      const placed = placedCells(markdown, sections);
      checkCells(placed, cellModules, dir);
      if (id === RESOLVED_CELLS_ID) {
        const imports = placed.map(
          (cell, index) => `import { cell as c${index} } from ${JSON.stringify(cellModules.get(cell.id))};`,
        );
        return `${imports.join('\n')}\nexport default [${placed.map((_, index) => `c${index}`).join(', ')}];\n`;
      }
      // JSON.parse of one string literal is faster for the browser than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(sections))});\n`;
    },
    configureServer(server: ViteDevServer) {
      // Edits to a known file reach us through addWatchFile; a file added or removed changes the list.
      server.watcher.add(dir);
      const reload = (path: string) => {
        if (!isGuideFile(path)) return;
        const graph = server.environments.client.moduleGraph;
        for (const resolved of [RESOLVED_ID, RESOLVED_CELLS_ID]) {
          const module = graph.getModuleById(resolved);
          if (module) graph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}

interface PlacedCell {
  id: string;
  /** `file:line` of its fence. */
  where: string;
}

/** Every cell the markdown places, in order, with where its fence is. */
function placedCells(
  markdown: Record<string, string>,
  sections: ReturnType<typeof compileGuide>,
): PlacedCell[] {
  const ids = sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === 'cell' ? [block.cellId] : [])),
  );
  return ids.map((id) => {
    for (const [path, text] of Object.entries(markdown)) {
      const line = text.split(/\r\n|\r|\n/).findIndex((row) => new RegExp(`\\bcell=${id}(\\s|$)`).test(row));
      if (line >= 0) return { id, where: `${path}:${line + 1}` };
    }
    return { id, where: id };
  });
}

function checkCells(placed: PlacedCell[], modules: Map<string, string>, dir: string): void {
  for (const cell of placed) {
    if (!modules.has(cell.id)) {
      throw new Error(
        `${cell.where}: cell "${cell.id}" has no module: add ${relative(process.cwd(), join(dir, 'cells', `${cell.id}.tsx`))}`,
      );
    }
  }
  const placedIds = new Set(placed.map((cell) => cell.id));
  for (const [id, path] of modules) {
    if (!placedIds.has(id)) {
      throw new Error(
        `${relative(process.cwd(), path)}:1: cell "${id}" is never placed: add \`\`\`python cell=${id} title="…" to a file in ${relative(process.cwd(), join(dir, 'guide'))}`,
      );
    }
  }
}
