// Presenter mode, made for a 1280×720 projector: one slide per step (a cell with its explanation, its Run
// button and its result), ←/→ and PageUp/PageDown, a step counter, focus on the slide's heading without a
// ring, Escape to leave; keys not taken outside presenter mode or from a text field; the one "Lock secrets"
// control; the key field showing only a fingerprint; the demo scenario in the bar and on the number keys;
// Next attendee; and the presenter code loaded only when used. Fitting and axe: presenter-fit.spec.ts.
import { PASTED_KEY, expect, test } from './fixtures.ts';
import {
  PROJECTOR,
  currentSlide,
  expectSlide,
  gotoPresenting,
  presenterBar,
  slideArea,
  slideCount,
} from './presenter-page.ts';

const SECTION_COUNT = 8;

test.use({ viewport: PROJECTOR });

test('@smoke ?present=1 shows one slide at a time; keys move; focus lands on its heading without a ring; Escape leaves', async ({
  page,
  liveApp,
}) => {
  // Walks every slide: on a loaded 2-core machine that outlasts the default 30 s.
  test.setTimeout(60_000);
  await gotoPresenting(page, liveApp.url);
  await expectSlide(page, 1, 'Introduction');
  const count = await slideCount(page);
  expect(count).toBeGreaterThan(SECTION_COUNT);
  await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeHidden();
  await expect(page.getByRole('toolbar', { name: 'Notebook' })).toBeHidden(); // no Run all running off-screen
  const heading = slideArea(page).getByRole('heading', { level: 2, name: 'Introduction' });
  await expect(heading).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, 'Introduction');
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3, 'Generating your API credentials');
  const next = slideArea(page).getByRole('heading', { level: 2, name: 'Generating your API credentials' });
  await expect(next).toBeFocused();
  // Focused for screen readers, with no visible ring (keys moved here, so :focus-visible would apply).
  expect(await next.evaluate((h) => getComputedStyle(h).outlineStyle)).toBe('none');
  expect(new URL(page.url()).hash).toBe('#generating-your-api-credentials');
  // Only the slide: the page itself does not scroll.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
    PROJECTOR.height,
  );

  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 1, 'Introduction');
  await presenterBar(page).getByRole('button', { name: 'Next', exact: true }).click();
  await expectSlide(page, 2);
  for (let step = 0; step < count + 2; step++) await page.keyboard.press('ArrowRight');
  await expectSlide(page, count, 'Conclusion'); // the last slide stays the last

  await page.keyboard.press('Escape');
  await expect(presenterBar(page)).toHaveCount(0);
  await expect(page.locator('main > section:visible')).toHaveCount(SECTION_COUNT);
  await expect(page.getByRole('toolbar', { name: 'Notebook' })).toBeVisible();
  expect(new URL(page.url()).searchParams.has('present')).toBe(false);
  expect(new URL(page.url()).hash).toBe('#conclusion');
});

test('a cell is a slide of its own: its explanation, a large Run button and its result on one screen', async ({
  page,
  notebook,
  liveApp,
}) => {
  await gotoPresenting(page, liveApp.url, 'cell-setup');
  for (const [name, explanation] of [
    ['Setup', 'the setup cell imports the libraries'],
    ['Configure', 'The code always reads the key from the environment'],
  ] as const) {
    await expectSlide(page, null, name);
    await expect(slideArea(page)).toContainText(explanation);
    const run = notebook.runButton(name);
    await expect(run).toBeInViewport({ ratio: 1 });
    expect((await run.boundingBox())!.height).toBeGreaterThanOrEqual(40);
    await run.click();
    await notebook.expectCellSucceeded(name);
    // The whole cell, its result included, is on screen.
    await expect(notebook.cell(name)).toBeInViewport({ ratio: 1 });
    // One cell per slide: the next one is a step away (Configure's longer text has a slide before it).
    await expect(page.getByRole('article')).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('article')).toHaveCount(0);
    await page.keyboard.press('ArrowRight');
  }
});

test('the Presenter mode button enters it with large type, and a reload stays on the same slide', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  const text = (within: import('@playwright/test').Locator) =>
    within.getByText(/^The NVIDIA MONAI Cloud APIs only talk/).evaluate((p) => getComputedStyle(p).fontSize);
  const normalSize = await text(page.locator('main'));
  await page.getByRole('button', { name: 'Presenter mode', exact: true }).click();
  await expectSlide(page, 1, 'Introduction');
  const presentedSize = await text(slideArea(page));
  expect(parseFloat(presentedSize)).toBeGreaterThanOrEqual(parseFloat(normalSize) * 1.2);

  await page.keyboard.press('End'); // not a presenter key: nothing changes
  await expectSlide(page, 1);
  for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
  await expectSlide(page, 6, 'Where this app gets your key');
  await page.reload();
  await expectSlide(page, 6, 'Where this app gets your key');
});

test('in presenter mode, keys in a text field, the code tabs or with Alt stay with them', async ({
  page,
  notebook,
  liveApp,
}) => {
  await gotoPresenting(page, liveApp.url, 'cell-base-url');
  await expectSlide(page, null, 'Base URL and headers');
  const here = await currentSlide(page);
  const org = notebook.orgField();
  await org.click();
  await org.press('End');
  for (const key of ['ArrowLeft', 'ArrowLeft', 'PageUp', 'ArrowRight', 'PageDown', '2']) await org.press(key);
  await expect(org).toHaveValue('iasixjqzw1h2j');
  await expectSlide(page, here);
  await org.fill('iasixjqzw1hj');

  await page.goto(`${liveApp.url}/?present=1#cell-login`);
  const tabs = notebook.cell('Login').getByRole('tablist');
  await tabs.getByRole('tab', { name: 'Python' }).focus();
  const login = await currentSlide(page);
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'curl' })).toHaveAttribute('aria-selected', 'true');
  await expectSlide(page, login);
  await notebook.cell('Login').focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expectSlide(page, login);
});

test('outside presenter mode the arrow, Page and number keys are not captured', async ({
  page,
  notebook,
  keylessApp,
}) => {
  await notebook.goto(keylessApp.url);
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { prevented: boolean[] }).prevented = seen;
    // Runs after the app's own listeners: records whether any of them claimed the key.
    window.addEventListener('keydown', (event) => seen.push(event.defaultPrevented));
  });
  const picker = notebook.demoScenarioPicker();
  const scenario = await picker.inputValue();
  await page.locator('main').focus();
  for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Escape', '2'])
    await page.keyboard.press(key);
  expect(await page.evaluate(() => (window as unknown as { prevented: boolean[] }).prevented)).toEqual([
    false,
    false,
    false,
    false,
    false,
    false,
  ]);
  await expect(picker).toHaveValue(scenario);
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(presenterBar(page)).toHaveCount(0);
  await expect(page.locator('main > section:visible')).toHaveCount(SECTION_COUNT);
});

test('Lock secrets, the one secrets control, keeps every Reveal off; presenter mode locks and says so', async ({
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

  // One control about secrets, with its meaning in visible words; no separate "Presenting" switch.
  await expect(page.getByRole('switch')).toHaveCount(1);
  const lock = page.getByRole('switch', { name: 'Lock secrets' });
  await expect(lock).toHaveAccessibleDescription(/every Reveal button goes off/);
  await expect(page.getByText('Turn on before sharing your screen')).toBeVisible();
  await lock.check();
  await expect(tokenValue).toHaveText(masked!);
  const reveals = page.getByRole('button', { name: /^Reveal / });
  await expect(reveals).toHaveCount(2); // the token in Login, the header in Base URL and headers
  for (const reveal of await reveals.all()) {
    await expect(reveal).toHaveAttribute('aria-disabled', 'true');
    await expect(reveal).toHaveAccessibleDescription('Reveal is off while secrets are locked.');
    // Still focusable, so its reason can be read; pressing it does nothing.
    await reveal.focus();
    await page.keyboard.press('Enter');
    await reveal.dispatchEvent('click');
  }
  await expect(page.locator('body')).not.toContainText(token!);

  await lock.uncheck();
  await expect(page.getByRole('button', { name: 'Presenter mode', exact: true })).toHaveAccessibleDescription(
    /Locks secrets/,
  );
  await page.getByRole('button', { name: 'Presenter mode', exact: true }).click();
  await expect(presenterBar(page).getByText('Secrets locked', { exact: true })).toBeVisible();
  await page.goto(`${liveApp.url}/?present=1#cell-login`);
  await expect(notebook.cell('Login').getByRole('button', { name: /^Reveal / })).toBeHidden();
  await page.keyboard.press('Escape');
  // Leaving presenter mode keeps secrets locked: the screen is probably still shared.
  await expect(lock).toBeChecked();
});

test('the key field is a password field and shows only a fingerprint of what was typed', async ({
  page,
  notebook,
  liveApp,
}) => {
  await gotoPresenting(page, liveApp.url, 'cell-configure');
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
