// Whatever lands in the key or org field, the learner gets a message in plain words, nothing typed is
// rendered as HTML, and the notebook keeps working.
import { expect, test } from './fixtures.ts';

const notAKey = /does not look like an NGC key/;
const extraCharacters = /has extra characters in it/;
const keyInputs: [string, string, RegExp][] = [
  ['whitespace only', '   \t  ', /The key field is empty/],
  ['10 KB of text', 'a'.repeat(10_000), notAKey],
  ['a newline inside', 'nvapi-abc\ndef', extraCharacters],
  ['control characters', 'nvapi-\u0001\u0002\u0007abc', notAKey],
  ['emoji', '🔑🔑🔑', notAKey],
  ['an SQL fragment', "' OR 1=1; DROP TABLE keys; --", extraCharacters],
  ['an HTML fragment', '<img src=x onerror=alert(1)>', /placeholder|has extra characters/],
  ['a script tag', '<script>alert(1)</script>', notAKey],
];

test('every bad key gets a card in plain words, nothing typed runs as HTML, and the notebook keeps working', async ({
  page,
  notebook,
  liveApp,
}) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await notebook.goto(liveApp.url);
  await notebook.run('Setup');
  for (const [what, key, message] of keyInputs) {
    await notebook.pasteKey(key);
    await notebook.run('Configure');
    await expect(notebook.card('Configure'), what).toContainText(message);
    await expect(page.locator('script:not([src])'), what).toHaveCount(0);
    await expect(page.locator('img[src="x"]'), what).toHaveCount(0);
  }
  expect(dialogs).toEqual([]);
  await notebook.pasteKey('nvapi-' + 'k'.repeat(64));
  await notebook.run('Configure');
  await notebook.expectCellSucceeded('Configure');
});

const orgInputs: [string, string][] = [
  ['empty', ''],
  ['whitespace only', '   '],
  ['a slash', 'org/../admin'],
  ['a query', 'org?x=1'],
  ['a fragment', 'org#frag'],
  ['an at sign', 'user@org'],
  ['an encoded slash', 'org%2Fadmin'],
  ['65 characters', 'o'.repeat(65)],
  ['emoji', 'org🔑'],
  ['a script tag', '<script>alert(1)</script>'],
];

test('every bad org is refused before any request, with a message, and a good org works again', async ({
  page,
  notebook,
  liveApp,
}) => {
  test.setTimeout(90_000);
  const experimentsRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/experiments')) experimentsRequests.push(request.url());
  });
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  const orgField = notebook.cell('Base URL and headers').getByLabel('Organization (ngc_org)');
  const sent = experimentsRequests.length;
  for (const [what, org] of orgInputs) {
    await orgField.fill(org);
    await expect(orgField, what).toHaveAttribute('aria-invalid', 'true');
    await notebook.run('Base URL and headers');
    await expect(notebook.card('Base URL and headers'), what).toContainText(/org/i);
    // Verify needs the Base URL cell, which failed: it says so calmly and sends nothing.
    await notebook.run('Verify');
    await expect(notebook.missingCellsNote('Verify'), what).toBeVisible();
    await expect(page.locator('script:not([src])'), what).toHaveCount(0);
  }
  expect(experimentsRequests.length).toBe(sent);
  await orgField.fill('iasixjqzw1hj');
  await notebook.run('Base URL and headers');
  await notebook.run('Verify');
  await notebook.expectCellSucceeded('Verify');
});
