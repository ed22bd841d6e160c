// Every snippet of every cell, exactly as its Copy button gives it, run by the real client (Python requests,
// bash + curl + jq, tsx) against the fake API, with nothing but MONAI_API_KEY in the environment.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../../server/fake-upstream.ts';
import { DEFAULT_ORG } from '../api/contract.ts';
import { INVALID_KEY_MESSAGE } from '../api/monai-behaviour-bodies.ts';
import { guideCells } from '../guides/active-guide.ts';
import type { SnippetLanguage } from '../notebook/cell-definition.ts';
import { codeContextOf } from '../notebook/code-context.ts';
import { PYTHON, TSX, requireClients, runClient } from './run-client.ts';

const VALID_KEY = `nvapi-${'Rc7_k-Lp'.repeat(8)}`;
const WRONG_KEY = `nvapi-${'wrong'.repeat(4)}`;
/** A whole JWT: three base64url parts. A printed preview ("eyJhbGciOi…") does not match. */
const WHOLE_JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]{4,}/;

let fake: FakeUpstream;
let dir: string;

beforeAll(async () => {
  requireClients();
  fake = await startFakeUpstream({ port: 0 });
  dir = await mkdtemp(join(tmpdir(), 'snippets-'));
  // curl and jq shims that record their argv, so the test sees every command line the snippet runs.
  for (const tool of ['curl', 'jq']) {
    const real = (await runClient('bash', ['-c', `command -v ${tool}`], {})).output.trim();
    await writeFile(
      join(dir, tool),
      `#!/bin/bash\nprintf '%s\\n' "$*" >> "${dir}/argv.log"\nexec ${real} "$@"\n`,
    );
    await chmod(join(dir, tool), 0o755);
  }
}, 60_000);

afterAll(async () => {
  await fake?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const cases = guideCells.flatMap((cell) =>
  (['python', 'bash', 'typescript'] as SnippetLanguage[]).map((language) => ({ cell, language })),
);
const withSnippets = cases.filter(({ cell }) => cell.snippets);
const TIMEOUT_MS = 60_000;

/** What the app renders for a session against the fake, with the default org. */
const contextOf = () =>
  codeContextOf(fake.url, {
    keySource: 'server',
    pastedKey: '',
    org: DEFAULT_ORG,
    acceptUnknownKeyShape: false,
  });
const experimentCalls = () =>
  fake.received().filter((request) => request.path.endsWith('/experiments')).length;

async function runSnippet(code: string, language: SnippetLanguage, key: string) {
  const file = join(dir, { python: 'snippet.py', bash: 'snippet.sh', typescript: 'snippet.mts' }[language]);
  await writeFile(file, code);
  await rm(join(dir, 'argv.log'), { force: true });
  const env = { MONAI_API_KEY: key, PATH: `${dir}:${process.env.PATH ?? '/usr/bin:/bin'}` };
  const run =
    language === 'python'
      ? await runClient(PYTHON, [file], env)
      : language === 'bash'
        ? await runClient('bash', [file], env)
        : await runClient(TSX, [file], env);
  const argv = await readFile(join(dir, 'argv.log'), 'utf8').catch(() => '');
  return { ...run, argv };
}

describe('the snippets, run by real clients against the fake API', () => {
  it('covers the request cells', () => {
    expect(withSnippets.map(({ cell, language }) => `${cell.id}/${language}`)).toEqual(
      expect.arrayContaining(['login/python', 'login/bash', 'login/typescript', 'verify/bash']),
    );
  });

  it.each(withSnippets.map(({ cell, language }) => [cell.id, language, cell] as const))(
    '%s in %s runs on its own with MONAI_API_KEY set, and never shows the key or the token',
    async (_id, language, cell) => {
      const code = cell.snippets!(contextOf())[language];
      const run = await runSnippet(code, language, VALID_KEY);
      expect(run.code, run.output).toBe(0);
      expect(run.output.trim()).not.toBe('');
      expect(run.output).not.toContain(VALID_KEY);
      expect(run.output).not.toMatch(WHOLE_JWT);
      // No secret on a command line: what curl and jq were started with holds neither the key nor a token.
      expect(run.argv).not.toContain(VALID_KEY);
      expect(run.argv).not.toMatch(WHOLE_JWT);
      if (language === 'bash') expect(run.argv).toContain('--fail-with-body');
      expect(code).not.toContain(VALID_KEY);
    },
    TIMEOUT_MS,
  );

  it.each(withSnippets.map(({ cell, language }) => [cell.id, language, cell] as const))(
    '%s in %s stops with the API’s message and a non-zero exit on a wrong key',
    async (_id, language, cell) => {
      const code = cell.snippets!(contextOf())[language];
      const before = experimentCalls();
      const run = await runSnippet(code, language, WRONG_KEY);
      // It stopped at the login: nothing went on to call the API with an empty token.
      expect(experimentCalls()).toBe(before);
      expect(run.code).not.toBe(0);
      expect(run.output).toContain(INVALID_KEY_MESSAGE);
      expect(run.output).not.toContain(WRONG_KEY);
      expect(run.output).not.toMatch(/\d+ experiments/);
    },
    TIMEOUT_MS,
  );

  it('the curl snippets say they need jq', async () => {
    for (const cell of guideCells.filter((item) => item.snippets)) {
      const code = cell.snippets!(contextOf()).bash;
      expect(code).toMatch(/^# Needs .*jq/m);
    }
  });
});
