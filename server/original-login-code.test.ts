// The original notebook's own login code, run by the system's Python and `requests` (a client nobody here
// wrote), through the proxy of `npm start` and of `npm run dev`, against the fake upstream. It sends its JSON
// body with no Content-Type; the real API reads it as JSON anyway, so the proxy must too.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PYTHON, runClient, type ClientRun } from '../src/real-clients/run-client.ts';
import { startDevServer } from './dev-test-server.ts';
import { startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';
import { PERSONAL_KEY } from './proxy-test-harness.ts';
import { startAppServer } from './start.ts';

const ORIGINAL = fileURLToPath(new URL('./fixtures/original-login-cells.py', import.meta.url));
const ORIGINAL_HOST_LINE = 'host_url = "https://api.monai.ngc.nvidia.com"';

let workDir: string;
let fake: FakeUpstream;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'notebook-original-login-'));
  fake = await startFakeUpstream();
});
afterAll(async () => {
  await fake?.close();
  await rm(workDir, { recursive: true, force: true });
});

/** The original cells with only host_url changed, run with the key in MONAI_API_KEY as the notebook advises. */
async function runOriginalLogin(hostUrl: string, key: string) {
  const original = await readFile(ORIGINAL, 'utf8');
  expect(original.split(ORIGINAL_HOST_LINE)).toHaveLength(2);
  const script = join(workDir, 'login.py');
  await writeFile(script, original.replace(ORIGINAL_HOST_LINE, `host_url = ${JSON.stringify(hostUrl)}`));
  return runClient(PYTHON, [script], { MONAI_API_KEY: key });
}

function expectLoggedIn(run: ClientRun, hostUrl: string) {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.output).toMatch(/^User ID [0-9a-f-]{36}$/m);
  expect(run.output).toMatch(/^JWT eyJ[\w-]+\.[\w-]+\.[\w-]+$/m);
  expect(run.output).toContain(`API Calls will be forwarded to ${hostUrl}/api/v1/orgs/iasixjqzw1hj`);
}

describe('the original notebook’s login cell, run by Python requests', () => {
  describe('through `npm start`', () => {
    let app: Awaited<ReturnType<typeof startAppServer>>;
    beforeAll(async () => {
      await writeFile(join(workDir, 'index.html'), '<!doctype html><title>app</title>');
      app = await startAppServer({
        env: { MONAI_HOST_URL: fake.url },
        distDir: workDir,
        port: 0,
        log: () => {},
      });
    });
    afterAll(() => app?.close());

    it('logs in', async () => {
      const hostUrl = `${app.url}/proxy`;
      expectLoggedIn(await runOriginalLogin(hostUrl, PERSONAL_KEY), hostUrl);
      const sent = fake.received().at(-1);
      expect(sent?.path).toBe('/api/v1/login');
      expect(JSON.parse(sent?.body ?? '')).toEqual({ ngc_api_key: PERSONAL_KEY });
    });

    it('still fails the notebook’s own assert with a wrong key, and the 401 comes from the API', async () => {
      const run = await runOriginalLogin(`${app.url}/proxy`, 'nvapi-wrong');
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('Login failed, got status code: 401.');
    });
  });

  it('logs in through `npm run dev` (Vite with the proxy plugin)', async () => {
    const server = await startDevServer({ MONAI_HOST_URL: fake.url }, { hmr: false });
    try {
      const hostUrl = `${server.url}/proxy`;
      expectLoggedIn(await runOriginalLogin(hostUrl, PERSONAL_KEY), hostUrl);
    } finally {
      await server.close();
    }
  }, 30_000);
});
