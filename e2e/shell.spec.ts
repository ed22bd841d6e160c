// The app around the guide: the theme switch, the keyboard shortcuts help, "Reset everything", focus that
// follows a run, a keyboard route through every control, the print stylesheet, and a page that never
// scrolls sideways on a projector or a phone.
import type { Page } from '@playwright/test';
import { PASTED_KEY, SERVER_KEY, expect, test } from './fixtures.ts';
import { cellNames, type NotebookPage } from './notebook-page.ts';
import { presenterBar, slideCount } from './presenter-page.ts';

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(17, 20, 22)';

test.describe('theme', () => {
  test.use({ colorScheme: 'light' });

  test('follows the system, switches to Dark and Light, and the choice survives a reload', async ({
    page,
    notebook,
    liveApp,
  }) => {
    await notebook.goto(liveApp.url);
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await expect(theme).toHaveValue('system');
    expect(await pageBackground(page)).toBe(LIGHT_BG);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await pageBackground(page)).toBe(DARK_BG);

    await theme.selectOption('Light');
    expect(await pageBackground(page)).toBe(LIGHT_BG);
    await page.emulateMedia({ colorScheme: 'light' });
    await theme.selectOption('Dark');
    expect(await pageBackground(page)).toBe(DARK_BG);
    // Code is recoloured with the page, not with the system.
    const keyword = notebook.cell('Setup').locator('.tok-keyword').first();
    await expect(keyword).toHaveCSS('color', 'rgb(255, 123, 114)');

    await page.reload();
    await expect(theme).toHaveValue('dark');
    expect(await pageBackground(page)).toBe(DARK_BG);
    await theme.selectOption('System');
    await page.reload();
    await expect(theme).toHaveValue('system');
    expect(await pageBackground(page)).toBe(LIGHT_BG);
  });
});

test('? opens the keyboard shortcuts, except while typing; Escape closes it and focus goes back @smoke', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

  await notebook.orgField().click();
  await notebook.orgField().press('End');
  await page.keyboard.type('?');
  await expect(dialog).toBeHidden();
  await expect(notebook.orgField()).toHaveValue('iasixjqzw1hj?');
  await notebook.orgField().fill('iasixjqzw1hj');

  await notebook.cell('Setup').focus();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  for (const listed of ['Shift+Enter', '?', 'Page Down', 'Page Up', 'Escape', 'Tab']) {
    await expect(dialog.getByRole('term').filter({ hasText: listed }).first()).toBeVisible();
  }
  await expect(dialog).toContainText('Run the focused cell and move to the next one');
  await expect(dialog).toContainText('Leave presenter mode');
  await expect(dialog.getByRole('heading', { name: 'Tab order' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  // The page behind is inert: Tab never reaches it (past the last control, focus leaves for the browser's
  // own UI, as the HTML spec has it, and comes back into the dialog).
  for (let press = 0; press < 4; press++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return 'browser';
      return focused.closest('dialog') ? 'dialog' : `page: ${focused.outerHTML.slice(0, 80)}`;
    });
    expect(['dialog', 'browser']).toContain(where);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(notebook.cell('Setup')).toBeFocused();

  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

async function leaveTracesOfAnAttendee(page: Page, notebook: NotebookPage) {
  await notebook.pasteKey(PASTED_KEY);
  await notebook.orgField().fill('another-org');
  await notebook.orgField().fill('iasixjqzw1hj');
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await page
    .getByRole('group', { name: /Your security checklist/ })
    .getByRole('checkbox')
    .first()
    .check();
}

test('Reset everything asks first: Cancel and Escape keep everything, confirming clears it all @smoke', async ({
  page,
  context,
  notebook,
  liveApp,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await notebook.goto(liveApp.url);
  await leaveTracesOfAnAttendee(page, notebook);
  await notebook.cell('Login').getByRole('button', { name: 'Copy token' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^eyJ/);
  const contents = page.getByRole('navigation', { name: 'Table of contents' });
  await expect(contents).toContainText('5 of 6 steps done');
  await expect(contents).toContainText('Your security checklist: 1 of 5');

  const open = page.getByRole('button', { name: 'Reset everything' });
  const dialog = page.getByRole('dialog', { name: 'Reset everything?' });
  await open.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await open.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(notebook.keyField()).toHaveValue(PASTED_KEY);
  await expect(contents).toContainText('5 of 6 steps done');
  await expect(contents).toContainText('Your security checklist: 1 of 5');
  await notebook.expectAllSucceeded();

  await open.click();
  await dialog.getByRole('button', { name: 'Reset everything' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Everything is reset' })).toContainText(
    'the clipboard is empty',
  );
  await expect(notebook.keyField()).toHaveValue('');
  await expect(notebook.serverKeyChoice()).toBeChecked();
  for (const name of cellNames) await expect(notebook.status(name)).toHaveText(/Not run yet$/);
  await expect(page.getByRole('button', { name: /^Reveal / })).toHaveCount(0);
  await expect(contents).toContainText('0 of 6 steps done');
  await expect(contents).toContainText('Your security checklist: 0 of 5');
  await expect(
    page
      .getByRole('group', { name: /Your security checklist/ })
      .getByRole('checkbox')
      .first(),
  ).not.toBeChecked();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await page.reload();
  await expect(contents).toContainText('0 of 6 steps done');
});

test('a failed run started from the keyboard moves focus to its card; Shift+Enter moves on', async ({
  page,
  notebook,
  liveApp,
  fakeUpstream,
}) => {
  fakeUpstream.setScenario('expired-key');
  await notebook.goto(liveApp.url);
  const runAll = notebook.toolbar().getByRole('button', { name: 'Run all' });
  await runAll.focus();
  await page.keyboard.press('Enter');
  const card = await notebook.expectCard('Login', /The API did not accept your key$/);
  await expect(card.getByRole('heading').first()).toBeFocused();
  // The card's own buttons come next in the Tab order.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();

  // Try again from the keyboard: the card is replaced while it runs, and focus lands on the new one.
  await card.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  await expect(notebook.card('Login').getByRole('heading').first()).toBeFocused();

  // Pressing a cell's Run button: the same.
  fakeUpstream.setScenario('valid');
  await notebook.restart();
  await notebook.runButton('Verify').focus();
  await page.keyboard.press('Enter');
  await expect(notebook.missingCellsNote('Verify').getByRole('heading')).toBeFocused();

  // Shift+Enter runs the focused cell and moves to the next cell: focus stays there, not on a result.
  await notebook.cell('Setup').focus();
  await page.keyboard.press('Shift+Enter');
  await expect(notebook.cell('Configure')).toBeFocused();
  await notebook.expectCellSucceeded('Setup');
  await expect(notebook.cell('Configure')).toBeFocused();
});

interface FocusStop {
  name: string;
  outlined: boolean;
}

/** Presses Tab `presses` times from `start` and lists where focus went, read from focusin events. */
async function tabWalk(page: Page, presses: number): Promise<FocusStop[]> {
  await page.evaluate(() => {
    const stops: { name: string; outlined: boolean }[] = [];
    (window as unknown as { focusStops: typeof stops }).focusStops = stops;
    document.addEventListener('focusin', (event) => {
      const element = event.target as HTMLElement;
      const style = getComputedStyle(element);
      const label =
        element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent;
      const name = (label ?? element.textContent ?? '').trim().slice(0, 40);
      stops.push({
        name: `${element.tagName.toLowerCase()}:${name}`,
        outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      });
    });
  });
  for (let press = 0; press < presses; press++) await page.keyboard.press('Tab');
  return page.evaluate(() => (window as unknown as { focusStops: FocusStop[] }).focusStops);
}

test('every control is reached with Tab, focus is always visible, and no code or input area traps it', async ({
  page,
  notebook,
  liveApp,
}) => {
  // Sixty-odd key presses after a Run all: slow on a busy 2-core machine.
  test.setTimeout(60_000);
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  await notebook.expectAllSucceeded();

  // A click on the title moves the point Tab starts from to the top of the page.
  await page.getByRole('heading', { level: 1 }).click();
  // The top bar, the contents and the tools under them.
  const topBar = await tabWalk(page, 36);
  await notebook.cell('Configure').focus();
  const cells = await tabWalk(page, 30);
  for (const stops of [topBar, cells]) {
    // Each press moved focus somewhere new: nothing held on to it.
    expect(stops.length).toBeGreaterThanOrEqual(stops === topBar ? 35 : 30);
    for (const stop of stops) expect(stop.outlined, `${stop.name} shows where focus is`).toBe(true);
  }
  const names = [...topBar, ...cells].map((stop) => stop.name).join('\n');
  for (const expected of [
    'a:Switch to demo mode',
    'button:Run all',
    'button:Presenter mode',
    'input:Lock secrets',
    'select:Theme',
    'button:Keyboard shortcuts',
    'button:Reset everything',
    'input:NGC API key',
    'pre:',
    'button:Run Login',
    'button:Notebook cell',
    'button:Reveal token',
    'article:',
    'input:Organization (ngc_org)',
  ]) {
    expect(names).toContain(expected);
  }
});

test('prints the guide: no bars or buttons, code and outputs kept, link addresses shown, secrets masked', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await notebook.cell('Login').getByRole('button', { name: 'Reveal token' }).click();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('Dark');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeHidden();
  const buttons = page.locator('button');
  expect(await buttons.count()).toBeGreaterThan(10);
  expect(await buttons.evaluateAll((all) => all.filter((button) => button.checkVisibility()).length)).toBe(0);
  await expect(notebook.cell('Login').locator('pre').first()).toBeVisible();
  await expect(notebook.fact(notebook.cell('Verify'), 'HTTP status')).toBeVisible();
  const printedToken = notebook.cell('Login').locator('.secret__print-mask');
  await expect(printedToken).toBeVisible();
  await expect(printedToken).toContainText('••••');
  await expect(notebook.cell('Login').locator('code[data-revealed="true"]')).toBeHidden();
  const linkAfter = await page
    .locator('main a[href^="https://"]')
    .first()
    .evaluate((link) => ({
      href: link.getAttribute('href'),
      after: getComputedStyle(link, '::after').content,
    }));
  expect(linkAfter.after).toBe(`" (${linkAfter.href})"`);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT_BG);
  const text = await page.locator('body').innerText();
  expect(text).not.toContain(SERVER_KEY);
});

const viewports = [
  { name: 'a 1280×720 projector', width: 1280, height: 720 },
  { name: 'a 375 px phone', width: 375, height: 740 },
];

for (const viewport of viewports) {
  test(`on ${viewport.name} the page never scrolls sideways`, async ({
    page,
    notebook,
    liveApp,
    fakeUpstream,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    const noSideways = async (view: string) => {
      const sizes = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(sizes.scrollWidth, `${view}: ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(sizes.innerWidth);
    };
    await notebook.goto(liveApp.url);
    await noSideways('the guide');
    await notebook.runAll();
    await notebook.expectAllSucceeded();
    await noSideways('after Run all');
    if (viewport.width < 500) {
      // Cells stack under their text on a phone.
      const prose = await page
        .locator('#testing-your-credentials .row--with-cell')
        .first()
        .locator('.row__prose')
        .boundingBox();
      const cell = await notebook.cell('Setup').boundingBox();
      expect(cell!.y).toBeGreaterThanOrEqual(prose!.y + prose!.height - 1);
    }
    fakeUpstream.setScenario('rate-limited');
    await notebook.run('Login');
    await notebook.expectCard('Login', /Too many requests/);
    await noSideways('a troubleshooting card');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await noSideways('the shortcuts dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Presenter mode', exact: true }).click();
    await expect(presenterBar(page)).toBeVisible();
    const count = await slideCount(page);
    expect(count).toBeGreaterThan(8);
    for (let step = 0; step < count; step++) {
      await noSideways(`presenter mode, slide ${step + 1}`);
      await page.keyboard.press('PageDown');
    }
  });
}
