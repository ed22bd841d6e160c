// The code a cell shows is rendered from the session, a running cell can be cancelled, and the
// troubleshooting cards are fetched by the first run, not by a visit that only reads.
import type { Page } from '@playwright/test';
import type { FakeUpstream } from '../server/fake-upstream.ts';
import { expect, SERVER_KEY, test } from './fixtures.ts';
import type { NotebookPage } from './notebook-page.ts';

// The fake never answers ('timeout') and the proxy waits a minute: the request is in flight until stopped.
const HANGING = { MONAI_API_KEY: SERVER_KEY, MONAI_TIMEOUT_MS: '60000' };

test('the code follows the org, the key source and the host in every place it is shown', async ({
  notebook,
  liveApp,
  fakeUpstream,
}) => {
  await notebook.goto(liveApp.url);
  const configure = notebook.cell('Configure');
  const baseUrl = notebook.cell('Base URL and headers');
  const verify = notebook.cell('Verify');
  // The host in effect is the fake's, not NVIDIA's.
  await expect(configure.locator('pre code')).toContainText(
    `host_url = os.environ.get("MONAI_HOST_URL", "${fakeUpstream.url}")`,
  );
  await expect(configure.locator('pre code')).toContainText("the server's MONAI_API_KEY");
  await expect(baseUrl.locator('pre code')).toContainText('ngc_org = "iasixjqzw1hj"');

  await notebook.orgField().fill('otherorg');
  await expect(baseUrl.locator('pre code')).toContainText('ngc_org = "otherorg"');
  const tabs = verify.getByRole('tablist');
  for (const [tab, line] of [
    ['Python', 'ngc_org = "otherorg"'],
    ['curl', 'ngc_org="otherorg"'],
    ['TypeScript', "const ngcOrg = 'otherorg';"],
  ] as const) {
    await tabs.getByRole('tab', { name: tab }).click();
    await expect(verify.getByRole('tabpanel')).toContainText(line);
    await expect(verify.getByRole('tabpanel')).toContainText(fakeUpstream.url);
  }

  await notebook.pastedKeyChoice().check();
  await expect(configure.locator('pre code')).toContainText('pasted in the browser');
  await expect(configure.locator('pre code')).toContainText('os.environ.get("MONAI_API_KEY"');
});

interface HangingLoginFixtures {
  page: Page;
  notebook: NotebookPage;
  startExtraApp(env: Record<string, string>): Promise<{ url: string }>;
  fakeUpstream: FakeUpstream;
}

/** Opens a server whose API never answers and starts Login; `aborted` settles when its request is stopped. */
async function startHangingLogin({ page, notebook, startExtraApp, fakeUpstream }: HangingLoginFixtures) {
  await notebook.goto((await startExtraApp(HANGING)).url);
  await notebook.run('Setup');
  await notebook.run('Configure');
  await notebook.expectCellSucceeded('Configure');
  fakeUpstream.setScenario('timeout');
  const aborted = page.waitForEvent('requestfailed', (request) =>
    request.url().includes('/proxy/api/v1/login'),
  );
  await notebook.run('Login');
  await expect(notebook.status('Login')).toHaveText(/Running…/);
  // In an object: an async function would wait for a promise it returned.
  return { aborted };
}

test('Cancel on a running cell aborts its request, and the cell says it was cancelled', async ({
  page,
  notebook,
  startExtraApp,
  fakeUpstream,
}) => {
  const { aborted } = await startHangingLogin({ page, notebook, startExtraApp, fakeUpstream });
  await notebook.cell('Login').getByRole('button', { name: 'Cancel Login' }).click();
  expect((await aborted).failure()?.errorText).toMatch(/ABORTED/);
  await expect(notebook.status('Login')).toHaveText(/Cancelled/);
  await expect(notebook.cell('Login')).toContainText('Cancelled: the request was stopped');
  await expect(notebook.runButton('Login')).toBeEnabled();
});

test('Restart aborts a request in flight', async ({ page, notebook, startExtraApp, fakeUpstream }) => {
  const { aborted } = await startHangingLogin({ page, notebook, startExtraApp, fakeUpstream });
  await notebook.restart();
  expect((await aborted).failure()?.errorText).toMatch(/ABORTED/);
  await expect(notebook.status('Login')).toHaveText(/Not run yet/);
});

test('a first visit does not fetch the troubleshooting cards; the first run does', async ({
  page,
  notebook,
  liveApp,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await notebook.goto(liveApp.url);
  // Longer than the old idle-time prefetch waited (requestIdleCallback or 1.5 s).
  await page.waitForTimeout(3000);
  const cardChunk = (path: string) => /\/assets\/troubleshooting-card-[\w-]+\.js$/.test(path);
  expect(requested.filter(cardChunk)).toEqual([]);
  await notebook.run('Setup');
  await notebook.expectCellSucceeded('Setup');
  await expect.poll(() => requested.filter(cardChunk).length).toBe(1);
});
