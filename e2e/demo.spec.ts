// Demo mode: the msw service worker answers in the browser, so a workshop runs with no key and no network.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface Answer {
  path: string;
  byWorker: boolean;
}

/** Every response the page gets from here on (only paths starting with `under`, when given). */
function recordAnswers(page: Page, under = '/'): Answer[] {
  const answers: Answer[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith(under)) answers.push({ path, byWorker: response.fromServiceWorker() });
  });
  return answers;
}

/** A run's Login and Verify calls were among the answers, and the demo's service worker gave every one. */
function expectAllAnsweredByWorker(answers: Answer[]): void {
  expect(answers.map(({ path }) => path)).toEqual(
    expect.arrayContaining(['/proxy/api/v1/login', '/proxy/api/v1/orgs/iasixjqzw1hj/experiments']),
  );
  expect(answers.filter(({ byWorker }) => !byWorker)).toEqual([]);
}

test('without a server key the notebook opens in demo mode, run by an active service worker @smoke', async ({
  page,
  notebook,
  keylessApp,
}) => {
  await notebook.goto(keylessApp.url);
  await expect(notebook.modeBadge()).toHaveText(/^Demo mode/);
  await expect(notebook.demoScenarioPicker()).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null))
    .toBe(`${keylessApp.url}/mockServiceWorker.js`);
});

test('Run all succeeds offline: nothing leaves the browser, not even for the app server @smoke', async ({
  page,
  context,
  notebook,
  keylessApp,
  fakeUpstream,
}) => {
  const appOrigin = new URL(keylessApp.url).origin;
  const requests: string[] = [];
  // context.route sees the service worker's own fetches too, not only the page's.
  context.on('request', (request) => requests.push(request.url()));
  await context.route(
    (url) => url.origin !== appOrigin,
    (route) => route.abort('blockedbyclient'),
  );
  await notebook.goto(keylessApp.url);
  await expect(notebook.demoScenarioPicker()).toBeVisible();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  const upstreamBefore = fakeUpstream.received().length;
  const answers = recordAnswers(page);
  // From here on even the app's own server is out of reach: only the service worker can answer.
  await context.setOffline(true);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await expect(notebook.cell('Verify')).toContainText(
    'The simulated API accepted the token: 3 experiments came back (made up).',
  );
  await expect(notebook.fact(notebook.cell('Login'), 'HTTP status')).toHaveText('201 Created');

  expect(requests.filter((url) => new URL(url).origin !== appOrigin)).toEqual([]);
  expectAllAnsweredByWorker(answers);
  expect(fakeUpstream.received().length).toBe(upstreamBefore);
});

test('a run started the moment the cells can run waits for the demo’s service worker, and it answers', async ({
  page,
  context,
  notebook,
  keylessApp,
  fakeUpstream,
}) => {
  // The worker starts once the notebook is on screen; here its script comes slowly, as on a crowded Wi-Fi,
  // so the cells can run well before it is ready.
  await context.route('**/mockServiceWorker.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.continue();
  });
  // Only the API's answers: the page's own files came before the worker, from the server.
  const answers = recordAnswers(page, '/proxy/api/');
  const upstreamBefore = fakeUpstream.received().length;
  await notebook.goto(keylessApp.url);
  await expect(notebook.runButton('Setup')).toBeEnabled();
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await expect(notebook.fact(notebook.cell('Login'), 'HTTP status')).toHaveText('201 Created');
  expectAllAnsweredByWorker(answers);
  expect(fakeUpstream.received().length).toBe(upstreamBefore);
});

test('start-up asks for the server’s configuration once, in demo mode as in live mode', async ({
  page,
  notebook,
  keylessApp,
  liveApp,
}) => {
  test.slow(); // two full runs
  const configRequests: string[] = [];
  // Page requests include those the service worker answers, so a second ask through the worker counts too.
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/proxy/config') configRequests.push(request.url());
  });
  await notebook.goto(keylessApp.url);
  await expect(notebook.modeBadge()).toHaveText(/^Demo mode/);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  expect(configRequests).toEqual([`${keylessApp.url}/proxy/config`]);

  configRequests.length = 0;
  await notebook.goto(liveApp.url);
  await expect(notebook.modeBadge()).toHaveText(/^Live mode/);
  await notebook.runAll();
  await notebook.expectCellSucceeded('Verify');
  expect(configRequests).toEqual([`${liveApp.url}/proxy/config`]);
});

test('the scenario picker switches the simulated API: "Expired or revoked key" makes Login show the 401 card', async ({
  page,
  notebook,
  keylessApp,
}) => {
  await notebook.goto(keylessApp.url);
  await notebook.demoScenarioPicker().selectOption({ label: 'Expired or revoked key' });
  await expect(page).toHaveURL(/[?&]scenario=expired-key/);
  await notebook.runAll();
  const card = await notebook.expectCard('Login', /The API did not accept your key$/);
  await expect(notebook.fact(card, 'Status')).toHaveText('401 Unauthorized');

  await notebook.demoScenarioPicker().selectOption({ label: 'Everything works' });
  await notebook.tryAgain('Login');
  await notebook.expectCellSucceeded('Login');
});

test('?mode=live and ?mode=demo choose the mode, whatever the server holds', async ({
  page,
  notebook,
  keylessApp,
  liveApp,
}) => {
  await notebook.goto(keylessApp.url, { mode: 'live' });
  await expect(notebook.modeBadge()).toHaveText(/^Live mode/);
  await expect(notebook.demoScenarioPicker()).toHaveCount(0);
  // No server key here, so the learner must paste one.
  await expect(notebook.serverKeyChoice()).toBeDisabled();
  await expect(notebook.pastedKeyChoice()).toBeChecked();
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

  await notebook.goto(liveApp.url, { mode: 'demo' });
  await expect(notebook.modeBadge()).toHaveText(/^Demo mode/);
  await expect(notebook.demoScenarioPicker()).toBeVisible();
});
