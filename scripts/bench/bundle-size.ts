// Builds a page with the project's Vite and weighs it the way the reference figures were taken:
// each JS and CSS file gzip -9'd on its own, the first view's files summed, the lazy chunks listed apart.
import react from '@vitejs/plugin-react';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig } from 'vite';
import { precompress } from '../vite-plugin-precompress.ts';
import { splitInitialLoad, type BuiltChunk } from './chunk-graph.ts';

export interface SizedFile {
  file: string;
  gzipBytes: number;
}

export interface BundleSize {
  outDir: string;
  initial: SizedFile[];
  initialGzipBytes: number;
  lazy: SizedFile[];
}

interface OutputItem {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: string[];
  viteMetadata?: { importedCss: Set<string> };
}

function chunksOf(result: unknown): { chunks: BuiltChunk[]; cssFiles: string[] } {
  const outputs = (Array.isArray(result) ? result : [result]) as { output?: OutputItem[] }[];
  const items = outputs.flatMap((output) => output.output ?? []);
  if (items.length === 0) throw new Error('vite build returned no output to weigh.');
  const chunks = items
    .filter((item) => item.type === 'chunk')
    .map((item) => ({
      fileName: item.fileName,
      imports: item.imports ?? [],
      css: [...(item.viteMetadata?.importedCss ?? [])],
    }));
  const cssFiles = items.filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'));
  return { chunks, cssFiles: cssFiles.map((item) => item.fileName) };
}

async function gzipSize(outDir: string, file: string): Promise<SizedFile> {
  const bytes = await readFile(join(outDir, file));
  return { file, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** Runs `vite build` into outDir with `config` and weighs what index.html loads. */
export async function buildAndWeigh(
  config: InlineConfig & { root: string },
  outDir: string,
): Promise<BundleSize> {
  const result = await build({
    ...config,
    logLevel: 'warn',
    build: { ...config.build, outDir, emptyOutDir: true },
  });
  const { chunks, cssFiles } = chunksOf(result);
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const split = splitInitialLoad(html, chunks, cssFiles);
  const initial = await Promise.all(split.initial.map((file) => gzipSize(outDir, file)));
  const lazy = await Promise.all(split.lazy.map((file) => gzipSize(outDir, file)));
  const initialGzipBytes = initial.reduce((sum, file) => sum + file.gzipBytes, 0);
  return { outDir, initial, initialGzipBytes, lazy };
}

/**
 * The floor page: the fixture in bench/floor, with React's plugin and nothing of the app's config but its
 * precompression, so npm start's static handler sends both pages compressed alike.
 */
export function floorConfig(root: string): InlineConfig & { root: string } {
  return { root, configFile: false, plugins: [react(), precompress()] };
}

/** Builds the app with server secrets in the environment, so the output can be searched for them. */
export async function buildAppWithSecretsInEnv(
  root: string,
  outDir: string,
  secrets: Record<string, string>,
): Promise<BundleSize> {
  const saved = Object.fromEntries(Object.keys(secrets).map((name) => [name, process.env[name]]));
  Object.assign(process.env, secrets);
  try {
    return await buildAndWeigh({ root }, outDir);
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** Files under dir whose bytes contain any of the markers. */
export async function filesContaining(dir: string, markers: string[]): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const found: string[] = [];
  for (const entry of entries.filter((item) => item.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const text = await readFile(path, 'latin1');
    if (markers.some((marker) => text.includes(marker))) found.push(path);
  }
  return found;
}
