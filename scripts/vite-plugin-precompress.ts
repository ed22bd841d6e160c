// Writes a .br and a .gz beside every text file of the build, once, at the highest levels, so `npm start`
// sends compressed bytes without compressing on each request (server/static-files.ts picks one by
// Accept-Encoding). A variant that would not be smaller is not written.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.md',
  '.webmanifest',
]);
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

export interface Precompressed {
  file: string;
  bytes: number;
  brotliBytes: number | null;
  gzipBytes: number | null;
}

/** Compresses every compressible file under dir; returns what it wrote (null: not smaller, not written). */
export async function precompressDirectory(dir: string): Promise<Precompressed[]> {
  const done: Promise<Precompressed>[] = [];
  for await (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.has(extname(file).toLowerCase())) continue;
    done.push(
      (async () => {
        const bytes = await readFile(file);
        const [br, gz] = await Promise.all([
          brotli(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
          gzipAsync(bytes, { level: 9 }),
        ]);
        const keep = async (variant: Buffer, suffix: string) => {
          if (variant.length >= bytes.length) return null;
          await writeFile(file + suffix, variant);
          return variant.length;
        };
        return {
          file,
          bytes: bytes.length,
          brotliBytes: await keep(br, '.br'),
          gzipBytes: await keep(gz, '.gz'),
        };
      })(),
    );
  }
  return Promise.all(done);
}

/** After `vite build` has written everything (public/ included), compress it. */
export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'credentials-notebook:precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      await precompressDirectory(resolve(config.root, config.build.outDir));
    },
  };
}
