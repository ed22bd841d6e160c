// axe-core on the views people meet (the guide on load, a success output, a troubleshooting card, the dialogs;
// presenter mode's slides in presenter-fit.spec.ts), each in the light and the dark theme: zero violations. Also: results are announced by a polite live
// region that a ticking countdown does not flood.
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

// axe takes several seconds per page on a busy 2-core machine, twice per view.
test.describe.configure({ timeout: 60_000 });

test('the guide on load has no axe violations', async ({ page, notebook, liveApp }) => {
  await notebook.goto(liveApp.url);
  await expectNoAxeViolations(page);
});

test('a success output (after Run all, live mode) has no axe violations and is announced politely', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  const output = notebook.cell('Verify').locator('[aria-live]').first();
  await expect(output).toHaveAttribute('aria-live', 'polite');
  await expect(output).toHaveAttribute('aria-busy', 'false');
  await expect(output).toContainText('The token works');
  await expectNoAxeViolations(page);
});

test('a troubleshooting card (login 401) has no axe violations', async ({
  page,
  notebook,
  liveApp,
  fakeUpstream,
}) => {
  fakeUpstream.setScenario('expired-key');
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  await notebook.expectCard('Login', /The API did not accept your key$/);
  await expectNoAxeViolations(page);
});

test("a card's retry countdown ticks without being read out every second", async ({
  notebook,
  liveApp,
  fakeUpstream,
}) => {
  fakeUpstream.setScenario('rate-limited');
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  const card = await notebook.expectCard('Login', /Too many requests/);
  const countdown = card.getByText(/^You can try again in/);
  const first = await countdown.textContent();
  await expect(countdown).not.toHaveText(first!, { timeout: 3000 });
  // The nearest live region around the ticking text is switched off; the cell's output region is polite.
  const nearestLive = await countdown.evaluate((element) =>
    element.closest('[aria-live]')?.getAttribute('aria-live'),
  );
  expect(nearestLive).toBe('off');
});

test('the keyboard shortcuts and Reset everything dialogs have no axe violations', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoAxeViolations(page, 'dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Reset everything' }).click();
  await expect(page.getByRole('dialog', { name: 'Reset everything?' })).toBeVisible();
  await expectNoAxeViolations(page, 'dialog');
});

// Presenter mode: every slide, at 1280×720, in e2e/presenter-fit.spec.ts.
