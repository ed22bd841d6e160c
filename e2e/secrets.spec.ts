// Where a pasted key and the token it buys may go, after a full live run: the key only in the login body, the
// token only in the Authorization header of the call that needs it; never in a URL, browser storage, the
// console, or the page's text unless the learner asks to reveal it.
import type { Request } from '@playwright/test';
import { PASTED_KEY, expect, test } from './fixtures.ts';

interface Sent {
  url: string;
  body: string;
  headers: Record<string, string>;
}

test('a pasted key and its token stay out of URLs, storage, the console and the page text', async ({
  page,
  context,
  notebook,
  liveApp,
}) => {
  const sent: Sent[] = [];
  const consoleLines: string[] = [];
  let token = '';
  const recording: Promise<void>[] = [];
  const record = async (request: Request) => {
    sent.push({ url: request.url(), body: request.postData() ?? '', headers: await request.allHeaders() });
  };
  context.on('request', (request) => recording.push(record(request)));
  page.on('console', (message) => consoleLines.push(message.text()));
  page.on('pageerror', (error) => consoleLines.push(`${error.message}\n${error.stack ?? ''}`));
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname === '/proxy/api/v1/login' && response.ok()) {
      token = ((await response.json()) as { token: string }).token;
    }
  });

  await notebook.goto(liveApp.url);
  await notebook.pasteKey(PASTED_KEY);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  await Promise.all(recording);
  const secrets = { key: PASTED_KEY, token };

  for (const [name, secret] of Object.entries(secrets)) {
    await test.step(`the ${name} is in no URL, storage or console line`, async () => {
      expect(sent.filter(({ url }) => url.includes(secret)).map(({ url }) => url)).toEqual([]);
      expect(page.url()).not.toContain(secret);
      const storage = await page.evaluate(() => ({
        local: JSON.stringify({ ...localStorage }),
        session: JSON.stringify({ ...sessionStorage }),
        cookie: document.cookie,
        history: JSON.stringify(history.state),
      }));
      for (const [where, text] of Object.entries(storage)) expect(text, where).not.toContain(secret);
      expect(JSON.stringify(await context.cookies())).not.toContain(secret);
      expect(consoleLines.filter((line) => line.includes(secret))).toEqual([]);
      expect(liveApp.log.filter((line) => line.includes(secret))).toEqual([]);
      expect(await page.locator('body').innerText()).not.toContain(secret);
    });
  }

  await test.step('the key travels only in the login body, the token only as the bearer of the verify call', async () => {
    const carrying = (secret: string) =>
      sent.filter(({ body, headers }) => body.includes(secret) || JSON.stringify(headers).includes(secret));
    expect(carrying(PASTED_KEY).map(({ url }) => new URL(url).pathname)).toEqual(['/proxy/api/v1/login']);
    const withToken = carrying(token);
    expect(withToken.map(({ url }) => new URL(url).pathname)).toEqual([
      '/proxy/api/v1/orgs/iasixjqzw1hj/experiments',
    ]);
    expect(withToken[0]?.headers.authorization).toBe(`Bearer ${token}`);
    expect(withToken[0]?.body).toBe('');
  });

  await test.step('Reveal shows the token, Hide takes it off the page again', async () => {
    const jwt = notebook.fact(notebook.cell('Login'), 'JWT');
    await jwt.getByRole('button', { name: 'Reveal token' }).click();
    expect(await page.locator('body').innerText()).toContain(token);
    await jwt.getByRole('button', { name: 'Hide token' }).click();
    expect(await page.locator('body').innerText()).not.toContain(token);
    expect(await page.locator('body').innerText()).not.toContain(PASTED_KEY);
  });
});
