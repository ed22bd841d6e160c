// The guide itself: its sections, its table of contents and deep links, and the Python each cell runs.
import { expect, test } from './fixtures.ts';
import { cellNames } from './notebook-page.ts';

const sections = [
  { id: 'introduction', title: 'Introduction' },
  { id: 'generating-your-api-credentials', title: 'Generating your API credentials' },
  { id: 'storing-your-credentials', title: 'Storing your credentials' },
  { id: 'testing-your-credentials', title: 'Testing your credentials' },
  { id: 'refreshing-your-credentials', title: 'Refreshing your credentials' },
  { id: 'securing-your-credentials', title: 'Securing your credentials' },
  { id: 'troubleshooting', title: 'Troubleshooting' },
  { id: 'conclusion', title: 'Conclusion' },
];

test('the guide shows its 8 sections, in order, each a named region with its heading', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText(sections.map((section) => section.title));
  for (const { title } of sections) {
    await expect(main.getByRole('region', { name: title, exact: true })).toBeVisible();
  }
});

test('the table of contents links to every section, and following a link brings it into view', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  const toc = page.getByRole('navigation', { name: 'Table of contents' });
  for (const { id, title } of sections) {
    const link = toc.getByRole('link', { name: title, exact: true });
    await expect(link).toHaveAttribute('href', `#${id}`);
    // The anchor is the section itself, not just some element with that id.
    await expect(page.locator(`#${id}`)).toHaveAccessibleName(title);
  }
  // Down to the last section and back up to the first: each jump has to move the page.
  for (const { id, title } of [sections.at(-1)!, sections[0]!]) {
    await toc.getByRole('link', { name: title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeInViewport();
  }
});

test('a deep link to #refreshing-your-credentials opens the page scrolled to that section', async ({
  page,
  notebook,
  liveApp,
}) => {
  const heading = page.getByRole('heading', { level: 2, name: 'Refreshing your credentials' });
  await notebook.goto(liveApp.url);
  await expect(heading).not.toBeInViewport();

  await notebook.goto(liveApp.url, {}, 'refreshing-your-credentials');
  await expect(heading).toBeInViewport();
});

test('each cell shows the Python it stands for, with a copy button that copies exactly that code', async ({
  page,
  context,
  notebook,
  liveApp,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: liveApp.url });
  await notebook.goto(liveApp.url);
  const expectedCode: Record<(typeof cellNames)[number], string> = {
    Setup: 'import requests',
    Configure: 'ngc_api_key = os.environ.get("MONAI_API_KEY", "<YOUR_API_KEY>")',
    Login: 'requests.post(f"{api_url}/login", json={"ngc_api_key": ngc_api_key})',
    'Base URL and headers': 'headers = {"Authorization": f"Bearer {token}"}',
    Verify: 'requests.get(f"{base_url}/experiments", headers=headers)',
  };
  for (const name of cellNames) {
    const cell = notebook.cell(name);
    await expect(cell.getByRole('code').filter({ hasText: expectedCode[name] })).toBeVisible();
    await expect(cell.getByRole('button', { name: `Copy ${name} code`, exact: true })).toBeVisible();
  }

  const login = notebook.cell('Login');
  await login.getByRole('button', { name: 'Copy Login code' }).click();
  await expect(login.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('response = requests.post(f"{api_url}/login", json={"ngc_api_key": ngc_api_key})');
  expect(copied).toBe(await login.getByRole('code').filter({ hasText: 'requests.post' }).innerText());
});

test('the guide shows while start-up is still asking the server, and its cells run once it has answered', async ({
  page,
  notebook,
  liveApp,
}) => {
  let answerConfig = () => {};
  const configAsked = new Promise<void>((resolve) => {
    void page.route('**/proxy/config', async (route) => {
      resolve();
      await new Promise<void>((release) => (answerConfig = release));
      await route.continue();
    });
  });
  await page.goto(liveApp.url);
  await configAsked;

  await expect(page.getByRole('heading', { level: 2, name: 'Testing your credentials' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Starting…' })).toBeVisible();
  await expect(notebook.runButton('Setup')).toBeDisabled();
  await expect(notebook.toolbar().getByRole('button', { name: 'Run all' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );

  answerConfig();
  await expect(notebook.modeBadge()).toHaveText(/^Live mode/);
  await expect(notebook.runButton('Setup')).toBeEnabled();
  // The server's key, which start-up has just learned of, is the key the notebook uses.
  await notebook.toolbar().getByRole('button', { name: 'Run all' }).click();
  await expect(notebook.cell('Verify')).toContainText('The token works: 3 experiments came back.');
});
