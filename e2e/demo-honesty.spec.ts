// Issue 12, "never misleading": demo mode's answers say they are simulated, inside each cell; demo runs are
// not counted as progress; demo mode tells one story about its key; the contents and the cells agree after a
// reload; dates are UTC; cards in demo mode give advice that is true there.
import { PASTED_KEY, expect, test } from './fixtures.ts';

const dateUtc = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/;

test('every demo output says, inside its cell, that it is simulated and the key was not checked @smoke', async ({
  page,
  notebook,
  keylessApp,
}) => {
  await notebook.goto(keylessApp.url);
  // An expired or made-up key "works" in demo mode: the cells must not let that pass for a real check.
  await notebook.pasteKey(PASTED_KEY);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await expect(page.getByRole('status').filter({ hasText: 'Run all finished' })).toContainText(
    'every cell succeeded on simulated answers (demo mode, key not checked)',
  );
  for (const name of ['Configure', 'Login', 'Base URL and headers', 'Verify'] as const) {
    await expect(notebook.simulatedNote(name)).toBeVisible();
  }
  await expect(notebook.simulatedNote('Login')).toContainText('this token was made up');
  await expect(notebook.cell('Verify')).not.toContainText('The token works');
  await expect(notebook.cell('Verify')).toContainText('The simulated API accepted the token');

  // A failure the demo scenario chose is simulated too.
  await notebook.demoScenarioPicker().selectOption({ label: 'Expired or revoked key' });
  await notebook.run('Login');
  await expect(notebook.card('Login')).toBeVisible();
  await expect(notebook.simulatedNote('Login')).toContainText('the demo scenario chose this failure');
});

test('demo runs are counted apart from real progress, on the same page and after a reload @smoke', async ({
  page,
  notebook,
  liveApp,
}) => {
  const contents = page.getByRole('navigation', { name: 'Table of contents' });
  await notebook.goto(liveApp.url, { mode: 'demo' });
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await expect(contents).toContainText('0 of 6 steps done · 5 more done in demo mode only (not counted)');
  await expect(
    contents.getByRole('link', { name: 'Login: done in demo mode only (simulated)', exact: true }),
  ).toBeVisible();

  await notebook.goto(liveApp.url, { mode: 'live' });
  await expect(contents).toContainText('0 of 6 steps done · 5 more done in demo mode only (not counted)');
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await expect(contents).toContainText('5 of 6 steps done');
  await expect(contents).not.toContainText('demo mode only');
  await expect(contents.getByRole('link', { name: 'Login: done', exact: true })).toBeVisible();
});

test('demo mode tells one story about its key: a stand-in, not the server’s, and an empty field is about the field @smoke', async ({
  page,
  notebook,
  keylessApp,
}) => {
  await notebook.goto(keylessApp.url);
  await expect(
    page.getByText('The server has no MONAI_API_KEY, so the demo uses a stand-in key'),
  ).toBeVisible();
  await expect(notebook.cell('Configure').getByRole('radio', { name: /MONAI_API_KEY/ })).toHaveCount(0);
  await expect(notebook.demoKeyChoice()).toBeChecked();
  await expect(notebook.demoKeyChoice()).toHaveAccessibleName(/not a real key/);
  await notebook.run('Setup');
  await notebook.run('Configure');
  await notebook.expectCellSucceeded('Configure');
  await expect(notebook.fact(notebook.cell('Configure'), 'Source')).toHaveText(
    "The demo's stand-in key (not a real key)",
  );
  await expect(notebook.cell('Configure').getByRole('code').filter({ hasText: 'host_url' })).toContainText(
    "This session used the demo's stand-in key",
  );

  await notebook.pastedKeyChoice().check();
  await notebook.run('Configure');
  const card = await notebook.expectCard('Configure', /^Error: The key field is empty$/);
  await expect(card).not.toContainText('server');
  await expect(card).toContainText("Choose The demo's stand-in key");
});

test('after a reload the contents and the cells both say a step was done earlier and must run again @smoke', async ({
  page,
  notebook,
  liveApp,
}) => {
  const contents = page.getByRole('navigation', { name: 'Table of contents' });
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await page.reload();
  await expect(notebook.runButton('Setup')).toBeEnabled();
  const words = 'Login: done earlier — run it again to use it now';
  await expect(contents.getByRole('link', { name: words, exact: true })).toBeVisible();
  await expect(notebook.status('Login')).toHaveText(/Not run yet$/);
  await expect(notebook.cell('Login')).toContainText(words);
  await expect(contents.getByRole('link', { name: 'Login: done', exact: true })).toHaveCount(0);

  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await expect(contents.getByRole('link', { name: 'Login: done', exact: true })).toBeVisible();
  await expect(notebook.cell('Login')).not.toContainText('done earlier');
});

test.describe('in a browser far from UTC', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });

  test('the token’s dates are written one way, in UTC, saying so @smoke', async ({
    notebook,
    keylessApp,
  }) => {
    await notebook.goto(keylessApp.url);
    await notebook.runAll();
    await notebook.expectAllSucceeded();
    const login = notebook.cell('Login');
    await expect(notebook.fact(login, 'Issued at')).toHaveText(dateUtc);
    await expect(notebook.fact(login, 'Expires at')).toHaveText(dateUtc);
    const issued = await notebook.fact(login, 'Issued at').textContent();
    const minutesOff =
      Math.abs(Date.parse(issued!.replace(' UTC', 'Z').replace(' ', 'T')) - Date.now()) / 60_000;
    expect(minutesOff).toBeLessThan(5);
  });
});

test('in demo mode, a card about a missing proxy gives demo mode’s fix, not “switch to demo mode”', async ({
  page,
  context,
  notebook,
  staticApp,
}) => {
  // A static host: the page runs in demo mode. Then the browser stops the demo's service worker (as it may):
  // the next request goes to the static server, which has no proxy.
  await notebook.goto(staticApp.url);
  await expect(notebook.modeBadge()).toHaveText(/^Demo mode/);
  // The worker starts once the page is built; it is that running worker the browser stops.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await notebook.runAll();
  const card = await notebook.expectCard('Login', /^Error: The app's proxy is not running$/);
  await expect(card).not.toContainText(/switch to demo mode|\?mode=demo/i);
  await expect(card).toContainText('Reload this page: demo mode starts its service worker again');
});

test('in demo mode, a card about an unreachable app server gives demo mode’s fix', async ({
  page,
  context,
  notebook,
  startExtraApp,
}) => {
  const app = await startExtraApp({ MONAI_HOST_URL: undefined, MONAI_API_KEY: undefined });
  await notebook.goto(app.url);
  await expect(notebook.modeBadge()).toHaveText(/^Demo mode/);
  // A first run loads the cards' chunk, as a learner's first cells do, before the server goes away.
  await notebook.run('Setup');
  await notebook.expectCellSucceeded('Setup');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await app.close();
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await notebook.runAll();
  const card = await notebook.expectCard('Login', /^Error: The app's own server could not be reached$/);
  await expect(card).not.toContainText(/switch to demo mode|\?mode=demo/i);
  await expect(card).toContainText('Reload this page: demo mode starts its service worker again');
});

test('when the app’s server has gone before any card was loaded, the cell says so and the page keeps working', async ({
  page,
  notebook,
  startExtraApp,
}) => {
  const app = await startExtraApp({ MONAI_API_KEY: undefined });
  await notebook.goto(app.url);
  await app.close();
  await notebook.run('Setup');
  await notebook.expectCellSucceeded('Setup');
  await notebook.run('Configure');
  await expect(notebook.cell('Configure').getByRole('alert')).toContainText(
    "the explanation could not be loaded from the app's server",
  );
  await expect(
    page.getByRole('heading', { name: 'The notebook hit a problem it did not expect' }),
  ).toHaveCount(0);
  await expect(notebook.cell('Verify')).toBeVisible();
});

test('when demo mode’s service worker cannot be loaded, the page says so in words and runs live', async ({
  context,
  notebook,
  keylessApp,
}) => {
  // The worker and msw come after the page is built; here the server no longer delivers them.
  await context.route(/\/(mockServiceWorker\.js|assets\/browser-[\w-]+\.js)$/, (route) =>
    route.abort('connectionrefused'),
  );
  await notebook.goto(keylessApp.url);
  await expect(notebook.modeBadge()).toHaveText(/^Live mode/);
  await expect(
    notebook.page.getByRole('status').filter({ hasText: 'Could not start demo mode’s service worker' }),
  ).toContainText('reload the page to try demo mode again');
  await notebook.run('Setup');
  await notebook.expectCellSucceeded('Setup');
});
