// What a learner gets beyond running cells: progress from results that survives a reload, stale outputs
// and "Run stale cells", the token's countdown and Refresh credentials, the checklist, snippets and export.
import { readFile } from 'node:fs/promises';
import { SERVER_KEY, expect, test } from './fixtures.ts';

test('progress comes from results, survives a reload without storing secrets, and Reset progress clears it', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  const contents = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(contents).toContainText('0 of 6 steps done');
  await expect(contents.getByRole('link', { name: 'Login: not yet' })).toBeVisible();
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await expect(contents).toContainText('5 of 6 steps done');
  await expect(contents.getByRole('link', { name: 'Login: done' })).toBeVisible();

  await page.reload();
  await expect(contents).toContainText('5 of 6 steps done');
  await expect(
    contents.getByRole('link', { name: 'Verify: done earlier — run it again to use it now' }),
  ).toBeVisible();
  await expect(notebook.status('Verify')).toHaveText(/Not run yet$/);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(SERVER_KEY.slice(6));
  expect(stored).not.toMatch(/eyJ|nvapi-/);

  await contents.getByRole('button', { name: 'Reset progress' }).click();
  await expect(contents).toContainText('0 of 6 steps done');
});

test('the securing checklist is ticked by the learner and counts as a step', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url, {}, 'securing-your-credentials');
  const checklist = page.getByRole('group', { name: /Your security checklist/ });
  const boxes = checklist.getByRole('checkbox');
  const count = await boxes.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let index = 0; index < count; index++) await boxes.nth(index).check();
  await expect(checklist).toContainText(`(${count} of ${count} done)`);
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toContainText(
    '1 of 6 steps done',
  );
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: /Your security checklist/ })
      .getByRole('checkbox')
      .first(),
  ).toBeChecked();
});

test('changing the org marks later outputs stale, and Run stale cells brings them up to date', async ({
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  const runStale = notebook.toolbar().getByRole('button', { name: /^Run stale cells/ });
  await expect(runStale).toBeDisabled();
  await notebook.orgField().fill('iasixjqzw1hj2');
  await notebook.orgField().fill('iasixjqzw1hj');
  for (const name of ['Base URL and headers', 'Verify'] as const) {
    await expect(notebook.cell(name)).toContainText('Stale:');
  }
  await expect(notebook.cell('Login')).not.toContainText('Stale:');
  await expect(runStale).toHaveText('Run stale cells (2)');
  await runStale.click();
  await expect(notebook.executionPrompt('Verify')).toHaveText('[7]:');
  await expect(notebook.cell('Verify')).not.toContainText('Stale:');
  await expect(runStale).toBeDisabled();
});

test('the token counts down, and Refresh credentials logs in again and re-runs the cells after Login', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  const refresh = page.getByRole('region', { name: 'Refreshing your credentials' });
  await expect(refresh).toContainText('No token yet');
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await expect(refresh).toContainText(/Your token expires in 23 h 5\d min/);
  await refresh.getByRole('button', { name: 'Refresh credentials' }).click();
  await expect(notebook.executionPrompt('Verify')).toHaveText('[8]:');
  await expect(notebook.executionPrompt('Login')).toHaveText('[6]:');
  await notebook.expectAllSucceeded();
});

test('Login offers the notebook cell and the same call as standalone Python, curl and TypeScript, each reading the key from MONAI_API_KEY', async ({
  page,
  notebook,
  liveApp,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await notebook.goto(liveApp.url);
  const tabs = notebook.cell('Login').getByRole('tablist');
  await expect(tabs.getByRole('tab')).toHaveText(['Notebook cell', 'Python', 'curl', 'TypeScript']);
  await tabs.getByRole('tab', { name: 'Python' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'curl' })).toHaveAttribute('aria-selected', 'true');
  const curl = notebook.cell('Login').getByRole('tabpanel');
  await expect(curl).toContainText('MONAI_API_KEY');
  await expect(curl).toContainText('/api/v1/login');
  await notebook.cell('Login').getByRole('button', { name: 'Copy Login curl code' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('MONAI_API_KEY');
  expect(copied).not.toContain(SERVER_KEY);
  await tabs.getByRole('tab', { name: 'curl' }).focus();
  await page.keyboard.press('End');
  await expect(notebook.cell('Login').getByRole('tabpanel')).toContainText('process.env.MONAI_API_KEY');
});

test('Download notebook writes an nbformat 4 file of this session with the key and token redacted', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await notebook.cell('Login').getByRole('button', { name: 'Reveal token' }).click();
  const token = (
    await notebook.cell('Login').locator('code[data-revealed="true"]').first().innerText()
  ).trim();
  expect(token.split('.')).toHaveLength(3);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download notebook' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ipynb$/);
  const text = await readFile((await download.path())!, 'utf8');
  const notebookFile = JSON.parse(text) as { nbformat: number; cells: { cell_type: string }[] };
  expect(notebookFile.nbformat).toBe(4);
  expect(notebookFile.cells.some((cell) => cell.cell_type === 'code')).toBe(true);
  expect(text).toContain('User ID');
  expect(text).not.toContain(token);
  expect(text).not.toContain(token.split('.')[1]);
  expect(text).not.toContain(SERVER_KEY);
  await expect(page.getByRole('link', { name: /Open original in Colab/ })).toHaveAttribute(
    'href',
    /colab\.research\.google\.com\/github\/NVIDIA\/monai-cloud-api/,
  );
});
