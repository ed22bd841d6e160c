// Writes the notebook's first screen into the built index.html (src/app/prerender.tsx renders it), so the
// guide paints as soon as the HTML and the stylesheet arrive, before any script has loaded. Build only:
// `npm run dev` serves the empty page and renders in the browser, as before.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { createServer, type Plugin } from 'vite';
import { guideContent } from './vite-plugin-guide.ts';

const ROOT_ELEMENT = '<div id="root"></div>';
const ENTRY = '/src/app/prerender.tsx';
/** The module main.tsx imports once the first screen is painted; its stylesheets style that screen. */
const PAGE_MODULE = 'src/app/start-page.tsx';

/** Renders the first screen in Node with the app's own transforms (the guide's virtual modules included). */
export async function renderFirstScreen(root: string): Promise<string> {
  const server = await createServer({
    root,
    configFile: false,
    plugins: [react(), guideContent()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const entry = (await server.ssrLoadModule(ENTRY)) as { renderFirstScreen(): string };
    return entry.renderFirstScreen();
  } finally {
    await server.close();
  }
}

/** Puts `html` inside index.html's empty root element; a page without one is a build error, not a guess. */
export function withFirstScreen(indexHtml: string, html: string): string {
  if (!indexHtml.includes(ROOT_ELEMENT)) {
    throw new Error(`index.html has no ${ROOT_ELEMENT} for the pre-rendered first screen.`);
  }
  return indexHtml.replace(ROOT_ELEMENT, () => `<div id="root">${html}</div>`);
}

type ChunkWithCss = OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

/**
 * The stylesheets of `moduleId`'s chunk and of every chunk it imports statically: what the pre-rendered screen
 * needs. Vite would load them with that chunk, after the first paint; the HTML must link them instead.
 */
export function stylesheetsOf(bundle: OutputBundle, moduleId: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is ChunkWithCss => item.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(moduleId));
  if (!start) throw new Error(`The build has no chunk for ${moduleId}, whose stylesheets index.html needs.`);
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (chunk: ChunkWithCss) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.viteMetadata?.importedCss ?? []) css.add(file);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) visit(imported);
    }
  };
  visit(start);
  return [...css];
}

/** Links each stylesheet from the head, after the ones Vite put there (which stay first). */
export function withStylesheets(indexHtml: string, files: string[], base: string): string {
  const links = files
    .filter((file) => !indexHtml.includes(`href="${base}${file}"`))
    .map((file) => `  <link rel="stylesheet" crossorigin href="${base}${file}">\n  `)
    .join('');
  return indexHtml.replace('</head>', () => `${links}</head>`);
}

export function prerender(): Plugin {
  let root = fileURLToPath(new URL('..', import.meta.url));
  let base = '/';
  return {
    name: 'credentials-notebook:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { bundle }) {
        if (!bundle) throw new Error('The pre-render runs in a build only.');
        const styled = withStylesheets(html, stylesheetsOf(bundle, PAGE_MODULE), base);
        return withFirstScreen(styled, await renderFirstScreen(root));
      },
    },
  };
}
