// Issue 12, item 14: what a newcomer sees in the terminal. `npm run dev` prints what `npm start` prints (mode,
// host, key fingerprint, the owner link), and a key shorter than any real one stops start-up in one line.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PERSONAL_KEY } from './proxy-test-harness.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VITE = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const TSX = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command until it exits, or until `until` matches its output (then stops it). */
function run(args: string[], env: Record<string, string>, until?: RegExp): Promise<Run> {
  return new Promise((resolve) => {
    const { VITEST: _, ...parentEnv } = process.env;
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...parentEnv, NO_COLOR: '1', HOST: '127.0.0.1', PORT: '0', ...env },
      // Its own process group, so stopping it stops what it started (tsx runs the server in a child).
      detached: true,
    });
    const stop = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    };
    const result: Run = { code: null, stdout: '', stderr: '' };
    const check = () => {
      if (until?.test(result.stdout)) stop('SIGTERM');
    };
    child.stdout.on('data', (chunk: Buffer) => ((result.stdout += chunk.toString()), check()));
    child.stderr.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
    // A server that should have stopped but did not is stopped here, so no test leaves one running.
    const deadline = setTimeout(() => stop('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(deadline);
      resolve({ ...result, code });
    });
  });
}

describe('start-up in the terminal', () => {
  it.each([
    ['npm run dev', [VITE]],
    ['npm start', [TSX, 'server/start.ts']],
  ])(
    '%s stops with one clear line when MONAI_API_KEY is the README’s literal nvapi-…',
    async (_, args) => {
      const { code, stderr, stdout } = await run(args, { MONAI_API_KEY: 'nvapi-…' });
      expect(code).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^MONAI_API_KEY is 7 characters long, shorter than any real key/),
      ]);
      expect(stdout).not.toContain('ready');
    },
    60_000,
  );

  it('npm run dev prints the mode, the API, the key fingerprint and the owner link', async () => {
    const { stdout } = await run(
      [VITE],
      { MONAI_API_KEY: PERSONAL_KEY, MONAI_HOST_URL: 'http://127.0.0.1:9' },
      /owner\?secret=\S+/,
    );
    expect(stdout).toMatch(
      /Credentials Notebook at http:\/\/127\.0\.0\.1:\d+ → MONAI API http:\/\/127\.0\.0\.1:9; starts in live mode; server key: nvapi-…x-Qz \(70 characters\)/,
    );
    expect(stdout).toMatch(
      /open this link in your browser .*: http:\/\/127\.0\.0\.1:\d+\/owner\?secret=[\w-]{43}/,
    );
    expect(stdout).not.toContain(PERSONAL_KEY.slice(6, 30));
  }, 60_000);
});
