// The built bundle is what a CDN serves to everyone: no server secret may end up in it, whatever the
// environment of the machine that built it.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const SERVER_KEY = `nvapi-${'BuildTimeServerKeyMustNotShip_'.repeat(3).slice(0, 64)}`;
const VITE_KEY = `nvapi-${'ViteprefixedKeyMustNotShipEither'.repeat(2).slice(0, 64)}`;
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJidWlsZC10aW1lIn0.c2lnbmF0dXJlLW11c3Qtbm90LXNoaXA';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('the production build', () => {
  const outDirs: string[] = [];
  afterAll(async () => {
    await Promise.all(outDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('contains no key or token from the build environment, VITE_-prefixed or not', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'notebook-build-'));
    outDirs.push(outDir);
    const saved = { ...process.env };
    Object.assign(process.env, {
      MONAI_API_KEY: SERVER_KEY,
      VITE_MONAI_API_KEY: VITE_KEY,
      VITE_MONAI_TOKEN: TOKEN,
      MONAI_TOKEN: TOKEN,
    });
    try {
      await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env = saved;
    }
    const files = await filesUnder(outDir);
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    for (const file of files) {
      const text = await readFile(file, 'latin1');
      for (const secret of [SERVER_KEY, VITE_KEY, TOKEN, SERVER_KEY.slice(6, 40), VITE_KEY.slice(6, 40)]) {
        expect(text.includes(secret), `${secret.slice(0, 12)}… found in ${file}`).toBe(false);
      }
    }
  }, 60_000);
});
