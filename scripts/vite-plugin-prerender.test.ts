import { fileURLToPath } from 'node:url';
import type { OutputBundle } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { renderFirstScreen, stylesheetsOf, withFirstScreen, withStylesheets } from './vite-plugin-prerender.ts';

const PAGE = `<!doctype html>
<html>
  <head>
    <link rel="stylesheet" crossorigin href="/assets/index-a.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

function chunk(fileName: string, facadeModuleId: string | null, imports: string[], css: string[]) {
  return {
    type: 'chunk',
    fileName,
    facadeModuleId,
    imports,
    viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
  };
}

describe('the first screen in index.html', () => {
  it('goes inside the empty root element, even when it holds `$&` or `$1`', () => {
    expect(withFirstScreen(PAGE, '<h1>Cost: $& and $1</h1>')).toContain(
      '<div id="root"><h1>Cost: $& and $1</h1></div>',
    );
  });

  it('is a build error when index.html has no empty root element', () => {
    expect(() => withFirstScreen(PAGE.replace('<div id="root"></div>', ''), '<h1>x</h1>')).toThrow(
      /no <div id="root"><\/div>/,
    );
  });

  it("brings the page module's stylesheets and its static imports' into the head, once each", () => {
    const bundle = {
      'start.js': chunk('assets/start.js', '/app/src/app/start-page.tsx', ['assets/shared.js'], ['assets/start.css']),
      'shared.js': chunk('assets/shared.js', null, ['assets/start.js'], ['assets/shared.css', 'assets/index-a.css']),
      'lazy.js': chunk('assets/lazy.js', '/app/src/lazy.tsx', [], ['assets/lazy.css']),
    } as unknown as OutputBundle;
    const files = stylesheetsOf(bundle, 'src/app/start-page.tsx');
    expect(files.sort()).toEqual(['assets/index-a.css', 'assets/shared.css', 'assets/start.css']);
    const html = withStylesheets(PAGE, files, '/');
    expect(html.match(/index-a\.css/g)).toHaveLength(1);
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/start.css">');
    expect(html.indexOf('shared.css')).toBeLessThan(html.indexOf('</head>'));
    expect(html).not.toContain('lazy.css');
  });

  it('is a build error when the page module has no chunk', () => {
    expect(() => stylesheetsOf({} as OutputBundle, 'src/app/start-page.tsx')).toThrow(/no chunk/);
  });

  it('is what the browser first renders: the guide readable, the cells shown but not yet runnable', async () => {
    const html = await renderFirstScreen(fileURLToPath(new URL('..', import.meta.url)));
    expect(html).toContain('<h1>Credentials Notebook</h1>');
    expect(html).toContain('<section id="introduction"');
    expect(html).toMatch(/<strong>Starting…<\/strong>/);
    expect(html).toMatch(/<button[^>]*aria-disabled="true"[^>]*>Run all<\/button>/);
    // Only the first screen: the later sections follow in the browser.
    expect(html).not.toContain('id="troubleshooting"');
  }, 60_000);
});
