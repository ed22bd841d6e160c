import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompressDirectory } from './vite-plugin-precompress.ts';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('precompressDirectory', () => {
  it('writes a .br and a .gz that decompress to each text file, in subfolders too', async () => {
    dir = await mkdtemp(join(tmpdir(), 'precompress-'));
    await mkdir(join(dir, 'assets'));
    const script = `console.log(${JSON.stringify('cell '.repeat(500))});`;
    await writeFile(join(dir, 'assets', 'index-abc.js'), script);
    await writeFile(join(dir, 'index.html'), `<!doctype html>${'<p>guide</p>'.repeat(50)}`);
    await precompressDirectory(dir);
    const br = await readFile(join(dir, 'assets', 'index-abc.js.br'));
    const gz = await readFile(join(dir, 'assets', 'index-abc.js.gz'));
    expect(brotliDecompressSync(br).toString()).toBe(script);
    expect(gunzipSync(gz).toString()).toBe(script);
    expect(br.length).toBeLessThan(gz.length);
    expect((await readdir(dir)).sort()).toEqual(['assets', 'index.html', 'index.html.br', 'index.html.gz']);
  });

  it('leaves images alone and writes no variant that would not be smaller', async () => {
    dir = await mkdtemp(join(tmpdir(), 'precompress-'));
    await writeFile(join(dir, 'photo.png'), randomBytes(2000));
    await writeFile(join(dir, 'noise.js'), randomBytes(2000).toString('base64').slice(0, 12));
    const written = await precompressDirectory(dir);
    expect((await readdir(dir)).sort()).toEqual(['noise.js', 'photo.png']);
    expect(written).toEqual([{ file: join(dir, 'noise.js'), bytes: 12, brotliBytes: null, gzipBytes: null }]);
  });
});
