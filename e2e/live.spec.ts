// Live mode: the real app server and its proxy, talking to the fake MONAI API over HTTP. What a learner sees
// when the cells run, and what the notebook catches in a pasted key before anything is sent.
import type { Request } from '@playwright/test';
import { PASTED_KEY, expect, test } from './fixtures.ts';
import { cellNames } from './notebook-page.ts';

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isLoginRequest = (request: Request) => new URL(request.url()).pathname === '/proxy/api/v1/login';

test.beforeEach(async ({ notebook, liveApp }) => {
  await notebook.goto(liveApp.url);
  await expect(notebook.modeBadge()).toHaveText(/^Live mode/);
});

test('Run all runs the five cells in order, numbers them [1] to [5], and the token lists 3 experiments @smoke', async ({
  notebook,
}) => {
  for (const name of cellNames) await expect(notebook.executionPrompt(name)).toHaveText('[ ]:');
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  for (const [index, name] of cellNames.entries()) {
    await expect(notebook.executionPrompt(name)).toHaveText(`[${index + 1}]:`);
  }
  const verify = notebook.cell('Verify');
  await expect(verify).toContainText('The token works: 3 experiments came back.');
  await expect(notebook.fact(verify, 'HTTP status')).toHaveText('200 OK');
  await expect(notebook.fact(notebook.cell('Configure'), 'Source')).toHaveText("The server's MONAI_API_KEY");
});

test('Login shows 201, the user id, a masked token that Reveal and Hide toggle, and its times', async ({
  page,
  notebook,
}) => {
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  const login = notebook.cell('Login');
  await expect(notebook.fact(login, 'HTTP status')).toHaveText('201 Created');
  await expect(notebook.fact(login, 'User ID')).toHaveText(UUID);
  await expect(notebook.fact(login, 'Issued at')).not.toBeEmpty();
  await expect(notebook.fact(login, 'Expires at')).not.toBeEmpty();
  // The fake's tokens live 24 hours.
  await expect(notebook.fact(login, 'Time left')).toHaveText(/^(23 h 5\d min|1 d)$/);

  const jwtFact = notebook.fact(login, 'JWT');
  const shown = jwtFact.getByRole('code');
  const masked = await shown.innerText();
  expect(masked).toContain('••••');
  expect(masked.length).toBeLessThan(30);
  expect(masked).not.toMatch(JWT);

  await jwtFact.getByRole('button', { name: 'Reveal token' }).click();
  await expect(shown).toHaveText(JWT);
  const token = await shown.innerText();
  expect(token.length).toBeGreaterThan(masked.length);
  expect(token.startsWith(masked.slice(0, masked.indexOf('•')))).toBe(true);
  await expect(jwtFact.getByRole('button', { name: 'Hide token' })).toHaveAttribute('aria-pressed', 'true');

  await jwtFact.getByRole('button', { name: 'Hide token' }).click();
  await expect(shown).toHaveText(masked);
  // Masked everywhere, including the Authorization header in "Base URL and headers".
  expect(await page.locator('body').innerText()).not.toContain(token);
});

test('Restart clears every output and execution count', async ({ notebook }) => {
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await notebook.restart();
  for (const name of cellNames) {
    await expect(notebook.status(name)).toHaveText(/Not run yet$/);
    await expect(notebook.executionPrompt(name)).toHaveText('[ ]:');
  }
  await expect(notebook.cell('Login').getByRole('term')).toHaveCount(0);
  await expect(notebook.cell('Verify')).not.toContainText('The token works');
});

test('running Login first is a missing step, not a failure: one calm note, one button that runs the chain', async ({
  notebook,
}) => {
  await notebook.run('Login');
  const note = notebook.missingCellsNote('Login');
  await expect(note).toContainText('Login needs Setup and Configure to have run first.');
  await expect(notebook.status('Login')).toHaveText(/Waiting for earlier cells$/);
  // No red error: no card, no "Failed", no "Error", and one button, not two that do the same.
  await expect(notebook.card('Login')).toHaveCount(0);
  await expect(note.getByRole('button')).toHaveText(['Run Setup, Configure, then Login']);
  await expect(notebook.status('Setup')).toHaveText(/Not run yet$/);

  await note.getByRole('button', { name: 'Run Setup, Configure, then Login' }).click();
  await notebook.expectCellSucceeded('Setup');
  await notebook.expectCellSucceeded('Configure');
  await notebook.expectCellSucceeded('Login');
  await expect(note).toHaveCount(0);
  await expect(notebook.executionPrompt('Login')).toHaveText('[4]:');
});

test('Shift+Enter on a focused cell runs it and moves focus to the next cell', async ({ page, notebook }) => {
  await notebook.cell('Setup').focus();
  await page.keyboard.press('Shift+Enter');
  await notebook.expectCellSucceeded('Setup');
  await expect(notebook.cell('Configure')).toBeFocused();

  await page.keyboard.press('Shift+Enter');
  await notebook.expectCellSucceeded('Configure');
  await expect(notebook.cell('Login')).toBeFocused();
  await expect(notebook.status('Login')).toHaveText(/Not run yet$/);
});

test('a pasted key goes into a password field and is the key that logs in', async ({
  notebook,
  fakeUpstream,
}) => {
  await expect(notebook.keyField()).toHaveAttribute('type', 'password');
  await notebook.pasteKey(PASTED_KEY);
  await expect(notebook.pastedKeyChoice()).toBeChecked();
  const before = fakeUpstream.received().length;
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await expect(notebook.fact(notebook.cell('Configure'), 'Source')).toHaveText(
    'Pasted here, kept in this tab only',
  );
  await expect(notebook.fact(notebook.cell('Configure'), 'ngc_api_key')).toHaveText(
    `nvapi-…${PASTED_KEY.slice(-4)} (70 characters)`,
  );
  const logins = fakeUpstream
    .received()
    .slice(before)
    .filter((request) => request.path === '/api/v1/login');
  expect(logins.map((request) => JSON.parse(request.body) as unknown)).toEqual([{ ngc_api_key: PASTED_KEY }]);
});

const blockedKeys = [
  {
    what: 'the placeholder <YOUR_API_KEY>',
    key: '<YOUR_API_KEY>',
    title: /The placeholder was about to be sent as your key$/,
    found: 'it is a placeholder such as <YOUR_API_KEY>, not a real key',
  },
  {
    what: 'a key with spaces around it',
    key: `  ${PASTED_KEY} `,
    title: /The key has extra characters in it$/,
    found: 'spaces or line breaks before or after it',
  },
];

for (const { what, key, title, found } of blockedKeys) {
  test(`pasting ${what} stops at Configure with a card, before any login request leaves the browser`, async ({
    page,
    notebook,
  }) => {
    const logins: string[] = [];
    page.on('request', (request) => {
      if (isLoginRequest(request)) logins.push(request.url());
    });
    await notebook.pasteKey(key);
    await notebook.runAll();
    const card = await notebook.expectCard('Configure', title);
    await expect(notebook.fact(card, 'Found in the key')).toHaveText(found);
    await expect(card.getByRole('button', { name: 'Send anyway' })).toHaveCount(0);
    await expect(notebook.status('Login')).toHaveText(/Not run yet$/);
    // Running Login on its own must not get round the check either.
    await notebook.run('Login');
    await notebook.missingCellsNote('Login').getByRole('button').click();
    await expect(notebook.card('Configure')).toBeVisible();
    expect(logins).toEqual([]);
  });
}

test('a key of an unknown shape gets a warning, and Send anyway sends it (the API then refuses it)', async ({
  page,
  notebook,
  fakeUpstream,
}) => {
  const oddKey = 'sk-live-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c';
  const logins: string[] = [];
  page.on('request', (request) => {
    if (isLoginRequest(request)) logins.push(request.postData() ?? '');
  });
  await notebook.pasteKey(oddKey);
  await notebook.runAll();
  const card = await notebook.expectCard('Configure', /^Warning: The key does not look like an NGC key$/);
  expect(logins).toEqual([]);

  await card.getByRole('button', { name: 'Send anyway' }).click();
  await notebook.expectCellSucceeded('Configure');
  await expect(notebook.fact(notebook.cell('Configure'), 'Format')).toHaveText(
    'Not a known format: sent anyway, as you chose',
  );
  const refused = await notebook.expectCard('Login', /The API did not accept your key$/);
  await expect(notebook.fact(refused, 'Status')).toHaveText('401 Unauthorized');
  expect(logins.map((body) => JSON.parse(body) as unknown)).toEqual([{ ngc_api_key: oddKey }]);
  expect(fakeUpstream.received().at(-1)?.body).toContain(oddKey);
});
