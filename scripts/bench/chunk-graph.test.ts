import { describe, expect, it } from 'vitest';
import { filesLoadedByHtml, outputPath, splitInitialLoad, type BuiltChunk } from './chunk-graph.ts';

const VITE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <script type="module" crossorigin src="/assets/index-A1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-B2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-C3.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('filesLoadedByHtml', () => {
  it.each([
    [
      'a Vite index.html: entry, modulepreload and stylesheet, not the icon',
      VITE_HTML,
      ['assets/index-A1.js', 'assets/vendor-B2.js', 'assets/index-C3.css'],
    ],
    [
      'single quotes, bare values, relative paths',
      `<script type=module src='./a.js'></script><link href=b.css rel=stylesheet>`,
      ['a.js', 'b.css'],
    ],
    ['a query string is not part of the file', '<script src="/a.js?v=1"></script>', ['a.js']],
    [
      'another origin is not in the output',
      '<script src="https://cdn.example/x.js"></script><link rel="stylesheet" href="//cdn.example/y.css">',
      [],
    ],
    ['an inline script loads no file', '<script type="module">console.log(1)</script>', []],
    [
      'a file named twice counts once',
      '<script src="/a.js"></script><link rel="modulepreload" href="/a.js">',
      ['a.js'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(filesLoadedByHtml(html)).toEqual(expected);
  });
});

describe('outputPath', () => {
  it.each([
    ['/assets/a.js', 'assets/a.js'],
    ['./assets/a.js', 'assets/a.js'],
    ['assets/a.js#x', 'assets/a.js'],
    ['data:text/javascript,1', null],
    ['http://127.0.0.1/a.js', null],
  ])('%s → %s', (url, expected) => {
    expect(outputPath(url)).toBe(expected);
  });
});

describe('splitInitialLoad', () => {
  const chunks: BuiltChunk[] = [
    { fileName: 'assets/index-A1.js', imports: ['assets/vendor-B2.js'], css: ['assets/index-C3.css'] },
    { fileName: 'assets/vendor-B2.js', imports: ['assets/shared-D4.js'], css: [] },
    { fileName: 'assets/shared-D4.js', imports: ['assets/index-A1.js'], css: [] },
    // Reached only through dynamic import(): demo mode's msw and its own styles.
    { fileName: 'assets/browser-E5.js', imports: ['assets/shared-D4.js'], css: ['assets/browser-F6.css'] },
    { fileName: 'assets/card-G7.js', imports: [], css: [] },
  ];
  const css = ['assets/index-C3.css', 'assets/browser-F6.css'];

  it('follows static imports transitively (cycles included) and leaves dynamic-import chunks lazy', () => {
    expect(splitInitialLoad(VITE_HTML, chunks, css)).toEqual({
      initial: ['assets/index-A1.js', 'assets/index-C3.css', 'assets/vendor-B2.js', 'assets/shared-D4.js'],
      lazy: ['assets/browser-E5.js', 'assets/card-G7.js', 'assets/browser-F6.css'],
    });
  });

  it('counts a static import even when index.html has no modulepreload for it', () => {
    const html = '<script type="module" src="/assets/index-A1.js"></script>';
    expect(splitInitialLoad(html, chunks, css).initial).toEqual([
      'assets/index-A1.js',
      'assets/index-C3.css',
      'assets/vendor-B2.js',
      'assets/shared-D4.js',
    ]);
  });

  it('counts a script index.html loads that the bundler did not make (e.g. from public/)', () => {
    const html = '<script src="/legacy.js"></script>';
    expect(splitInitialLoad(html, [], [])).toEqual({ initial: ['legacy.js'], lazy: [] });
  });
});
