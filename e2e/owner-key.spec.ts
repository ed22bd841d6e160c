// Issue 11: the server's key serves only the browser that opened the owner link the server printed. A
// browser that reaches the app through a relay on the same machine (raw TCP, or an HTTP forwarder that adds
// no header) looks local to the server, and still never gets the key.
import type { Browser } from '@playwright/test';
import { startHeaderlessForwarder, startTcpRelay, type TestServer } from '../server/relay-test-servers.ts';
import { NotebookPage } from './notebook-page.ts';
import { expect, PASTED_KEY, SERVER_KEY, test, type AppServer } from './fixtures.ts';

const relays: [string, (url: string) => Promise<TestServer>][] = [
  ['a raw TCP relay', startTcpRelay],
  ['an HTTP forwarder that adds no header', startHeaderlessForwarder],
];

/** A browser other than the owner's: a fresh context, which has never seen the owner link. */
async function visitorPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, notebook: new NotebookPage(await context.newPage()) };
}

function serverKeyLogins(fake: { received(): { path: string; body: string }[] }, from: number) {
  return fake
    .received()
    .slice(from)
    .filter((request) => request.path === '/api/v1/login' && request.body.includes(SERVER_KEY));
}

for (const [what, startRelay] of relays) {
  test(`a browser through ${what} never gets the server key, and is told to paste its own`, async ({
    browser,
    liveApp,
    fakeUpstream,
  }) => {
    const relay = await startRelay(liveApp.url);
    const { context, notebook } = await visitorPage(browser);
    try {
      const before = fakeUpstream.received().length;
      await notebook.goto(relay.url);
      await expect(notebook.serverKeyChoice()).toBeDisabled();
      await expect(notebook.cell('Configure')).toContainText(
        'only for the browser that opened the link the server printed in its terminal',
      );
      await notebook.runAll();
      await notebook.expectCellFailed('Configure');
      // Asked directly, without a key in the body, the proxy refuses too.
      const status = await notebook.page.evaluate(async () => {
        const answer = await fetch('/proxy/api/v1/login', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        });
        return answer.status;
      });
      expect(status).toBe(401);
      expect(serverKeyLogins(fakeUpstream, before)).toEqual([]);
      // Their own key works through the same relay.
      await notebook.pasteKey(PASTED_KEY);
      await notebook.runAll();
      await notebook.expectAllSucceeded();
    } finally {
      await context.close();
      await relay.close();
    }
  });
}

test('the owner link gives that browser the server key and leaves no secret in the address or history', async ({
  browser,
  liveApp,
  fakeUpstream,
}) => {
  // Two page loads and a Run all in a fresh context.
  test.slow();
  const { context, notebook } = await visitorPage(browser);
  try {
    const { ownerUrl } = liveApp as AppServer & { ownerUrl: string };
    const secret = new URL(ownerUrl).searchParams.get('secret')!;
    const seen: { url: string; referer?: string; referrerPolicy?: string }[] = [];
    notebook.page.on('response', (response) =>
      seen.push({
        url: response.url(),
        referer: response.request().headers().referer,
        referrerPolicy: response.headers()['referrer-policy'],
      }),
    );
    await notebook.page.goto(ownerUrl);
    await expect(notebook.page).toHaveURL(`${liveApp.url}/`);
    // The redirect replaced the link: one entry for the app after the blank tab, and Back leaves the app.
    expect(await notebook.page.evaluate(() => history.length)).toBe(2);
    await notebook.page.goBack();
    expect(notebook.page.url()).toBe('about:blank');
    await notebook.page.goForward();
    await expect(notebook.page).toHaveURL(`${liveApp.url}/`);
    // The redirect itself says no-referrer; no later request carries the secret in a Referer.
    expect(seen.find((entry) => entry.url === ownerUrl)?.referrerPolicy).toBe('no-referrer');
    expect(seen.filter((entry) => entry.referer?.includes(secret))).toEqual([]);
    // The cookie is HttpOnly: the page's own script cannot read it.
    expect(await notebook.page.evaluate(() => document.cookie)).toBe('');

    await notebook.goto(liveApp.url);
    await expect(notebook.serverKeyChoice()).toBeEnabled();
    const before = fakeUpstream.received().length;
    await notebook.runAll();
    await notebook.expectAllSucceeded();
    expect(serverKeyLogins(fakeUpstream, before)).toHaveLength(1);
  } finally {
    await context.close();
  }
});

test('a pasted key is in no DOM attribute: outerHTML of the whole page does not hold it', async ({
  page,
  notebook,
  startExtraApp,
}) => {
  // MONAI_HOST_URL and no key: the app opens in live mode and asks for one.
  const app = await startExtraApp({ MONAI_API_KEY: undefined });
  await notebook.goto(app.url);
  await expect(notebook.modeBadge()).toHaveText(/^Live mode/);
  await notebook.pasteKey(PASTED_KEY);
  await expect(notebook.keyField()).toHaveValue(PASTED_KEY);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  expect(html).not.toContain(PASTED_KEY);
  expect(html).not.toContain(PASTED_KEY.slice(6, 30));
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(
    PASTED_KEY.slice(6, 30),
  );
});
