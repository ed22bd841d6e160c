// Which built files the first view needs: what index.html loads (entry script, stylesheets, modulepreloads)
// plus everything those chunks import statically, transitively. Dynamic imports are left out: they are the
// lazy chunks, fetched only when a feature is used.

/** One JS chunk of the bundler's output, with output-relative file names. */
export interface BuiltChunk {
  fileName: string;
  /** Chunks imported with a static `import`, which the browser must fetch before this one runs. */
  imports: string[];
  /** CSS files that come with this chunk. */
  css: string[];
}

export interface InitialLoadSplit {
  /** Files the first view loads, in discovery order. */
  initial: string[];
  /** JS and CSS files in the output that the first view does not load. */
  lazy: string[];
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const [, name = '', quoted, singleQuoted, bare] = match;
    attributes.set(name.toLowerCase(), quoted ?? singleQuoted ?? bare ?? '');
  }
  return attributes;
}

/** "/assets/a.js", "./assets/a.js" → "assets/a.js"; other origins → null (the request check covers those). */
export function outputPath(url: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return null;
  return url.split(/[?#]/)[0]!.replace(/^(\.\/|\/)+/, '');
}

/** The JS and CSS files index.html asks for by itself, before any script runs. */
export function filesLoadedByHtml(html: string): string[] {
  const files: string[] = [];
  for (const [, tag = '', source = ''] of html.matchAll(TAG)) {
    const attributes = attributesOf(source);
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    let url: string | undefined;
    if (tag.toLowerCase() === 'script') url = attributes.get('src');
    else if (rel.includes('stylesheet') || rel.includes('modulepreload')) url = attributes.get('href');
    const path = url === undefined ? null : outputPath(url);
    if (path && !files.includes(path)) files.push(path);
  }
  return files;
}

/** Splits the output into what the first view loads and what it leaves for later. */
export function splitInitialLoad(html: string, chunks: BuiltChunk[], cssFiles: string[]): InitialLoadSplit {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial: string[] = [];
  const visit = (file: string) => {
    if (initial.includes(file)) return;
    initial.push(file);
    const chunk = byFile.get(file);
    if (!chunk) return;
    chunk.css.forEach(visit);
    chunk.imports.forEach(visit);
  };
  filesLoadedByHtml(html).forEach(visit);
  const everything = [...chunks.map((chunk) => chunk.fileName), ...cssFiles];
  const lazy = everything.filter(
    (file, index) => !initial.includes(file) && everything.indexOf(file) === index,
  );
  return { initial, lazy };
}
