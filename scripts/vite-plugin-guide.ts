// `virtual:guide`: the active guide's guide/*.md (src/guides/registry.ts) compiled at build time (and on each change in `npm run dev`) into the
// sections, cells and markdown trees the app renders. The page then ships no markdown parser for the guide
// and does no parsing before its first paint, and a malformed guide file fails the build with its line
// number instead of blanking the page.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileGuide } from '../src/content/compile-guide.ts';
import { activeGuide } from '../src/guides/registry.ts';

export const GUIDE_MODULE_ID = 'virtual:guide';
const RESOLVED_ID = `\0${GUIDE_MODULE_ID}`;

export function guideContent(options: { dir?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? join(activeGuide.dir, 'guide'));
  const isGuideFile = (path: string) => resolve(path).startsWith(`${dir}/`) && path.endsWith('.md');

  return {
    name: 'credentials-notebook:guide',
    resolveId(id) {
      return id === GUIDE_MODULE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
      const files: Record<string, string> = {};
      for (const name of names) {
        const path = join(dir, name);
        this.addWatchFile(path);
        // Errors name the file as the author sees it, relative to the project.
        files[relative(process.cwd(), path)] = await readFile(path, 'utf8');
      }
      // JSON.parse of one string literal is faster for the browser than the same object as code.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compileGuide(files)))});\n`;
    },
    configureServer(server: ViteDevServer) {
      // Edits to a known file reach us through addWatchFile; a file added or removed changes the list.
      server.watcher.add(dir);
      const reload = (path: string) => {
        if (!isGuideFile(path)) return;
        const graph = server.environments.client.moduleGraph;
        const module = graph.getModuleById(RESOLVED_ID);
        if (module) graph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
