// Presenter mode and screen-share safety: one section at a time with ←/→ and PageUp/PageDown, a step
// counter, the section's first cell focused on arrival, Escape to leave; keys not taken outside presenter
// mode or from a text field; the "Presenting" switch keeping every Reveal off; the key field showing only a
// fingerprint; and the presenter code loaded only when used.
import type { Page } from '@playwright/test';
import { PASTED_KEY, expect, test } from './fixtures.ts';

const SECTION_COUNT = 8;

function presenterBar(page: Page) {
  return page.getByRole('navigation', { name: 'Presenter' });
}

function sectionHeading(page: Page, name: string) {
  return page.getByRole('heading', { level: 2, name, exact: true });
}

async function expectOnlySection(page: Page, index: number, title: string) {
  await expect(presenterBar(page)).toContainText(`Section ${index} of ${SECTION_COUNT}: ${title}`);
  await expect(sectionHeading(page, title)).toBeVisible();
  await expect(page.locator('main > section:visible')).toHaveCount(1);
}

test('?present=1 opens presenter mode; arrows and Page keys move; arriving focuses the first cell; Escape leaves', async ({
  page,
  notebook,
  liveApp,
}) => {
  await page.goto(`${liveApp.url}/?present=1`);
  await expectOnlySection(page, 1, 'Introduction');
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeHidden();
  // No cell in the introduction: its heading's link has focus, so the next keys start from there.
  await expect(sectionHeading(page, 'Introduction').getByRole('link')).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expectOnlySection(page, 2, 'Generating your API credentials');
  await page.keyboard.press('PageDown');
  await expectOnlySection(page, 3, 'Storing your credentials');
  await page.keyboard.press('ArrowRight');
  await expectOnlySection(page, 4, 'Testing your credentials');
  await expect(notebook.cell('Setup')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('#testing-your-credentials');

  await page.keyboard.press('PageUp');
  await expectOnlySection(page, 3, 'Storing your credentials');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expectOnlySection(page, 1, 'Introduction');

  // The buttons do the same for a mouse or a clicker that sends clicks.
  await presenterBar(page).getByRole('button', { name: 'Next' }).click();
  await expectOnlySection(page, 2, 'Generating your API credentials');

  await page.keyboard.press('Escape');
  await expect(presenterBar(page)).toBeHidden();
  await expect(page.locator('main > section:visible')).toHaveCount(SECTION_COUNT);
  await expect(page.getByRole('button', { name: 'Presenter mode', exact: true })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  expect(new URL(page.url()).searchParams.has('present')).toBe(false);
});

test('the Presenter mode button enters it with large type, and a reload stays on the same section', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  const normalSize = await sectionHeading(page, 'Introduction').evaluate((h) => getComputedStyle(h).fontSize);
  const toggle = page.getByRole('button', { name: 'Presenter mode', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expectOnlySection(page, 1, 'Introduction');
  const presentedSize = await sectionHeading(page, 'Introduction').evaluate(
    (h) => getComputedStyle(h).fontSize,
  );
  expect(parseFloat(presentedSize)).toBeGreaterThan(parseFloat(normalSize) * 1.3);

  await page.keyboard.press('End'); // not a presenter key: nothing changes
  await expectOnlySection(page, 1, 'Introduction');
  for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
  await expectOnlySection(page, 6, 'Securing your credentials');
  await page.reload();
  await expectOnlySection(page, 6, 'Securing your credentials');
  for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
  await expectOnlySection(page, 8, 'Conclusion'); // the last section stays the last
});

test('in presenter mode, keys in a text field, the code tabs or with Alt stay with them', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url, { present: '1' }, 'testing-your-credentials');
  await expectOnlySection(page, 4, 'Testing your credentials');

  const org = notebook.orgField();
  await org.click();
  await org.press('End');
  for (const key of ['ArrowLeft', 'ArrowLeft', 'PageUp', 'ArrowRight', 'PageDown']) await org.press(key);
  await org.press('x');
  await expect(org).toHaveValue('iasixjqzw1hxj');
  await expectOnlySection(page, 4, 'Testing your credentials');
  await org.fill('iasixjqzw1hj');

  const tabs = notebook.cell('Login').getByRole('tablist');
  await tabs.getByRole('tab', { name: 'Python' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'curl' })).toHaveAttribute('aria-selected', 'true');
  await expectOnlySection(page, 4, 'Testing your credentials');

  await notebook.cell('Setup').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expectOnlySection(page, 4, 'Testing your credentials');
});

test('outside presenter mode the arrow and Page keys are not captured', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { prevented: boolean[] }).prevented = seen;
    // Runs after the app's own listeners: records whether any of them claimed the key.
    window.addEventListener('keydown', (event) => seen.push(event.defaultPrevented));
  });
  await page.locator('main').focus();
  for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Escape'])
    await page.keyboard.press(key);
  expect(await page.evaluate(() => (window as unknown as { prevented: boolean[] }).prevented)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(presenterBar(page)).toHaveCount(0);
  await expect(page.locator('main > section:visible')).toHaveCount(SECTION_COUNT);
});

test('Presenting keeps every Reveal off and masks a revealed token; presenter mode turns it on', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  const login = notebook.cell('Login');
  const tokenValue = login.locator('code[data-revealed]');
  const masked = await tokenValue.textContent();
  expect(masked).toContain('••••');

  await login.getByRole('button', { name: 'Reveal token' }).click();
  const token = await tokenValue.textContent();
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

  const presenting = page.getByRole('switch', { name: 'Presenting' });
  await presenting.check();
  await expect(tokenValue).toHaveText(masked!);
  const reveals = page.getByRole('button', { name: /^Reveal / });
  await expect(reveals).toHaveCount(2); // the token in Login, the header in Base URL and headers
  for (const reveal of await reveals.all()) {
    await expect(reveal).toHaveAttribute('aria-disabled', 'true');
    await expect(reveal).toHaveAccessibleDescription('Reveal is off while presenting.');
    // Still focusable, so its reason can be read; pressing it does nothing.
    await reveal.focus();
    await page.keyboard.press('Enter');
    await reveal.dispatchEvent('click');
  }
  await expect(page.locator('body')).not.toContainText(token!);

  await presenting.uncheck();
  await page.getByRole('button', { name: 'Presenter mode', exact: true }).click();
  await expect(presenting).toBeChecked();
  await expect(presenting).toBeDisabled();
  await expect(presenterBar(page)).toBeVisible();
  await page.keyboard.press('Escape');
  // Leaving presenter mode keeps Presenting on: the screen is probably still shared.
  await expect(presenting).toBeChecked();
  await expect(presenting).toBeEnabled();
});

test('the key field is a password field and shows only a fingerprint of what was typed', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url, { present: '1' }, 'testing-your-credentials');
  await notebook.pastedKeyChoice().check();
  await notebook.keyField().pressSequentially(PASTED_KEY.slice(0, 20));
  await notebook.keyField().fill(PASTED_KEY);
  await expect(notebook.keyField()).toHaveAttribute('type', 'password');
  await expect(notebook.cell('Configure')).toContainText(
    `Entered: nvapi-…${PASTED_KEY.slice(-4)} (70 characters)`,
  );
  const text = await page.locator('body').innerText();
  expect(text).not.toContain(PASTED_KEY.slice(6, 20));
});

test('presenter code is loaded only when presenter mode is used', async ({ page, notebook, liveApp }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await notebook.goto(liveApp.url);
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((path) => path.includes('presenter-mode'))).toEqual([]);
  await page.getByRole('button', { name: 'Presenter mode', exact: true }).click();
  await expect(presenterBar(page)).toBeVisible();
  expect(loaded.filter((path) => path.includes('presenter-mode')).length).toBeGreaterThan(0);
});

test('in demo mode the presenter drives the scenario picker from the keyboard, and the demo stays named', async ({
  page,
  notebook,
  keylessApp,
}) => {
  await page.goto(`${keylessApp.url}/?present=1#testing-your-credentials`);
  // Demo mode starts its service worker first; the presenter chunk then comes through it.
  await expect(presenterBar(page)).toBeVisible({ timeout: 15_000 });
  await expectOnlySection(page, 4, 'Testing your credentials');
  await expect(notebook.modeBadge()).toContainText('Demo mode');
  const picker = notebook.demoScenarioPicker();
  await expect(picker).toBeVisible();
  await picker.focus();
  const before = await picker.inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(picker).not.toHaveValue(before);
  await expect(page).toHaveURL(/[?&]scenario=/);
  // The select kept its keys: still section 4, still presenting.
  await page.keyboard.press('Escape');
  await expectOnlySection(page, 4, 'Testing your credentials');
});
