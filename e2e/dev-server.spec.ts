// `npm run dev`, the command the README gives newcomers, in a real browser: Vite's dev server with the proxy
// plugin, started here on a free port. It must be as safe as `npm start` (issue 11: the same CSP, which an
// upstream's HTML cannot get around) and start the way a newcomer expects (issue 12, item 14).
import { startDevServer, type DevServer } from '../server/dev-test-server.ts';
import { startScriptedUpstream, type TestServer } from '../server/relay-test-servers.ts';
import { expect, test } from './fixtures.ts';

const EXPERIMENTS = '/proxy/api/v1/orgs/iasixjqzw1hj/experiments';
// Dev servers transform on first request; on this machine the first page can take a while.
test.setTimeout(120_000);

let hostile: TestServer;
let dev: DevServer;
test.beforeAll(async () => {
  // An upstream that answers every call with a page that tries to run script on the app's origin.
  hostile = await startScriptedUpstream(() => ({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!doctype html><script>document.title = "pwned"</script><img src=x onerror="document.title=\'pwned\'">',
  }));
  dev = await startDevServer({ MONAI_HOST_URL: hostile.url, MONAI_LOGIN_RATE_LIMIT: 'off' });
});
test.afterAll(async () => {
  await dev?.close();
  await hostile?.close();
});

test('under npm run dev, an upstream’s HTML answer opened in the browser cannot run its script', async ({
  page,
}) => {
  const answer = await page.goto(`${dev.url}${EXPERIMENTS}`);
  expect(answer?.headers()['content-type']).toMatch(/^text\/html/);
  // An inline script runs before the load event that goto waits for; so would the onerror handler.
  await page.waitForLoadState('load');
  expect(await page.title()).not.toBe('pwned');
});

test('npm run dev runs the app under its CSP: React refresh and HMR work, nothing is blocked', async ({
  page,
}) => {
  const violations: string[] = [];
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (message.text().startsWith('CSP violation') || message.text().includes('Content Security Policy'))
      violations.push(message.text());
  });
  const answer = await page.goto(dev.url);
  expect(answer?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[\w-]+';/);
  await expect(page.getByRole('heading', { level: 1, name: 'Credentials Notebook' })).toBeVisible({
    timeout: 60_000,
  });
  await expect.poll(() => messages.some((text) => text.includes('[vite] connected'))).toBe(true);
  expect(violations).toEqual([]);
});

test('MONAI_HOST_URL without a key: npm run dev starts in live mode and asks for a key', async ({
  page,
  fakeUpstream,
}) => {
  const started = await startDevServer({ MONAI_HOST_URL: fakeUpstream.url, MONAI_LOGIN_RATE_LIMIT: 'off' });
  try {
    await page.goto(started.url);
    const badge = page.getByRole('status').filter({ hasText: /^(Demo|Live) mode/ });
    await expect(badge).toContainText('Live mode', { timeout: 60_000 });
    await expect(page.getByText(/started with MONAI_HOST_URL.*paste your key in Configure/)).toBeVisible();
  } finally {
    await started.close();
  }
});
