// The .ipynb the app exports, from a live session (through the real proxy in front of the fake API) and from a
// demo session (msw's handlers), checked by nbformat and run end to end by `jupyter nbconvert --execute`
// against the fake, with nothing but MONAI_API_KEY (and MONAI_HOST_URL) in the environment.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHarness, type Harness } from '../../server/proxy-test-harness.ts';
import { DEFAULT_HOST_URL, type ConfigResponse } from '../api/contract.ts';
import { proxyPath } from '../api/endpoints.ts';
import { guideSections } from '../content/guide.ts';
import { notebookToIpynb } from '../export/notebook-to-ipynb.ts';
import { cellGraph } from '../guides/active-guide.ts';
import { createDemoHandlers, DEMO_SERVER_KEY } from '../mocks/handlers.ts';
import { createNotebookStore } from '../notebook/notebook-store.ts';
import { cellState, initialNotebookState, type NotebookInputs } from '../notebook/notebook-state.ts';
import { PYTHON, requireClients, runClient } from './run-client.ts';
import { spawnSync } from 'node:child_process';

const VALID_KEY = `nvapi-${'Ex4_p-Rt'.repeat(8)}`;
const WHOLE_JWT = /eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]{4,}/;
const TIMEOUT_MS = 240_000;

let harness: Harness;
let dir: string;

beforeAll(async () => {
  requireClients([
    {
      check: () => spawnSync('/usr/bin/jupyter', ['nbconvert', '--version']).status === 0,
      need: 'jupyter nbconvert with a Python kernel (jupyter-nbconvert python3-ipykernel)',
    },
  ]);
  harness = await startHarness();
  dir = await mkdtemp(join(tmpdir(), 'export-'));
}, 60_000);

afterAll(async () => {
  vi.unstubAllGlobals();
  await harness?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Sends the app's relative requests ("/proxy/…") to `origin`, as the browser sends them to its own origin. */
function fetchFrom(origin: string, realFetch: typeof fetch) {
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) =>
    realFetch(typeof input === 'string' && input.startsWith('/') ? `${origin}${input}` : input, init),
  );
}

/** Runs every cell in order, as Run all does, and returns the session. */
async function runSession(config: ConfigResponse, inputs: Partial<NotebookInputs>) {
  const store = createNotebookStore(cellGraph, initialNotebookState(cellGraph.ids, inputs));
  for (const cell of cellGraph.cells) {
    store.dispatch({ type: 'run-started', id: cell.id });
    const context = { state: store.getState(), config, nowSeconds: Date.now() / 1000 };
    const result = await cell.run({ ...context, signal: new AbortController().signal });
    if (!result.ok) throw new Error(`${cell.id} failed: ${JSON.stringify(result.failure)}`);
    store.dispatch({ type: 'run-succeeded', id: cell.id, output: result.output, vars: result.vars });
  }
  return store.getState();
}

async function checkAndExecute(
  name: string,
  notebook: unknown,
  env: Record<string, string>,
  secrets: string[],
) {
  const file = join(dir, `${name}.ipynb`);
  const text = JSON.stringify(notebook, null, 1);
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(text).not.toMatch(WHOLE_JWT);
  await writeFile(file, text);

  const validate =
    'import nbformat, sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4)); print("valid")';
  const valid = await runClient(PYTHON, ['-c', validate, file], {});
  expect(valid.output.trim(), valid.output).toBe('valid');

  // Only the key and the host variable: no proxy, no server, nothing else from this test's environment.
  const executed = await runClient(
    '/usr/bin/jupyter',
    ['nbconvert', '--to', 'notebook', '--execute', '--output', `${name}-executed`, file],
    { ...env, PATH: '/usr/bin:/bin', HOME: dir },
  );
  expect(executed.code, executed.output).toBe(0);
  const output = await readFile(join(dir, `${name}-executed.ipynb`), 'utf8');
  const printed = (JSON.parse(output) as { cells: { outputs?: { text?: string[] }[] }[] }).cells
    .flatMap((cell) => cell.outputs ?? [])
    .map((item) => (item.text ?? []).join(''))
    .join('');
  expect(printed).toContain('User ID');
  expect(printed).toMatch(/JWT eyJ[\w-]{7}…[\w-]{4} \(\d+ characters\)/);
  expect(printed).toMatch(/\d+ experiments/);
  expect(output).not.toMatch(WHOLE_JWT);
  for (const secret of [...secrets, env.MONAI_API_KEY ?? '']) expect(output).not.toContain(secret);
  return printed;
}

describe('the exported notebook, run by Jupyter', () => {
  it(
    'from a live session: valid, no secret, and it runs against the session’s host with only MONAI_API_KEY',
    async () => {
      fetchFrom(harness.url, globalThis.fetch);
      const config = (await (await fetch(proxyPath('config'))).json()) as ConfigResponse;
      expect(config.hostUrl).toBe(harness.fake.url);
      const state = await runSession(config, { keySource: 'pasted', pastedKey: VALID_KEY });
      const token = state.vars.token ?? '';
      expect(token).toMatch(WHOLE_JWT);
      const notebook = notebookToIpynb(guideSections, state, {
        exportedAt: new Date(),
        mode: 'live',
        hostUrl: config.hostUrl,
      });
      // The session's host is the default, so the key is all the notebook needs.
      const printed = await checkAndExecute('live', notebook, { MONAI_API_KEY: VALID_KEY }, [
        VALID_KEY,
        token,
      ]);
      expect(printed).toContain(`API calls will be forwarded to ${harness.fake.url}/api/v1/orgs/`);
      vi.unstubAllGlobals();
    },
    TIMEOUT_MS,
  );

  it(
    'from a demo session: valid, no secret, and it runs against the fake when MONAI_HOST_URL points there',
    async () => {
      // The handlers' paths are relative, as in the browser; msw resolves them against location.
      vi.stubGlobal('location', new URL('http://localhost/'));
      const server = setupServer(...createDemoHandlers(() => 'valid'));
      server.listen({ onUnhandledRequest: 'error' });
      try {
        fetchFrom('http://localhost', globalThis.fetch);
        const config = (await (await fetch(proxyPath('config'))).json()) as ConfigResponse;
        expect(config.hostUrl).toBe(DEFAULT_HOST_URL);
        const state = await runSession(config, { keySource: 'server' });
        expect(cellState(state, 'verify').status).toBe('ok');
        const notebook = notebookToIpynb(guideSections, state, {
          exportedAt: new Date(),
          mode: 'demo',
          hostUrl: config.hostUrl,
        });
        const env = { MONAI_API_KEY: VALID_KEY, MONAI_HOST_URL: harness.fake.url };
        const secrets = [DEMO_SERVER_KEY, state.vars.token ?? 'no token'];
        const printed = await checkAndExecute('demo', notebook, env, secrets);
        expect(printed).toContain(`API calls will be forwarded to ${harness.fake.url}/api/v1/orgs/`);
      } finally {
        server.close();
        vi.unstubAllGlobals();
      }
    },
    TIMEOUT_MS,
  );
});
