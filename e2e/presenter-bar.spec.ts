// Presenter mode's bar: the demo scenario (also on the number keys), Next attendee (Reset everything after
// its confirmation), checkboxes that grow with the type, and the shortcuts dialog's title in view at 720 px.
import { expect, test } from './fixtures.ts';
import { PROJECTOR, expectSlide, gotoPresenting, presenterBar, slideArea } from './presenter-page.ts';

test.use({ viewport: PROJECTOR });

test('@smoke in demo mode the number keys and the bar pick the scenario, and the demo stays named', async ({
  page,
  notebook,
  keylessApp,
}) => {
  await gotoPresenting(page, keylessApp.url, 'cell-setup');
  await expect(notebook.modeBadge()).toContainText('Demo mode');
  const picker = presenterBar(page).getByRole('combobox', { name: 'Demo scenario' });
  await expect(picker).toHaveValue('valid');
  await page.keyboard.press('2');
  await expect(picker).toHaveValue('expired-key');
  await expect(page).toHaveURL(/[?&]scenario=expired-key/);
  await page.keyboard.press('1');
  await expect(picker).toHaveValue('valid');
  await page.keyboard.press('3');
  await expect(picker).toHaveValue('token-expired');
  // The picker keeps its own keys; Escape there does not end the talk.
  await picker.focus();
  await page.keyboard.press('ArrowUp');
  await expect(picker).toHaveValue('expired-key');
  await page.keyboard.press('Escape');
  await expect(presenterBar(page)).toBeVisible();

  // The chosen scenario is what the demo answers: Login fails with the expired key's card.
  await page.goto(`${keylessApp.url}/?present=1&scenario=expired-key#cell-login`);
  await expect(notebook.runButton('Login')).toBeEnabled({ timeout: 15_000 });
  await notebook.run('Login');
  await expect(notebook.missingCellsNote('Login')).toBeVisible();
  await notebook.missingCellsNote('Login').getByRole('button').first().click();
  await notebook.expectCard('Login', /The API did not accept your key$/);
});

test('Next attendee asks first, then resets everything and goes back to the first slide', async ({
  page,
  notebook,
  liveApp,
}) => {
  await gotoPresenting(page, liveApp.url, 'cell-setup');
  await notebook.run('Setup');
  await notebook.expectCellSucceeded('Setup');
  const nextAttendee = presenterBar(page).getByRole('button', { name: 'Next attendee' });
  await nextAttendee.click();
  const dialog = page.getByRole('dialog', { name: 'Reset everything?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await notebook.expectCellSucceeded('Setup');

  await nextAttendee.click();
  await dialog.getByRole('button', { name: 'Reset everything' }).click();
  await expect(dialog).toBeHidden();
  await expectSlide(page, 1, 'Introduction');
  await expect(presenterBar(page).getByRole('status')).toContainText('Ready for the next attendee');
  await page.goto(`${liveApp.url}/?present=1#cell-setup`);
  await expect(notebook.status('Setup')).toHaveText(/Not run yet$/);
});

test('checkboxes grow with the type, and the shortcuts dialog keeps its title in view at 720 px', async ({
  page,
  liveApp,
}) => {
  await gotoPresenting(page, liveApp.url, 'securing-your-credentials');
  for (let step = 0; step < 2; step++) await page.keyboard.press('ArrowRight');
  await expectSlide(page, null, 'Your security checklist');
  const box = slideArea(page).getByRole('checkbox').first();
  const size = (await box.boundingBox())!;
  const fontSize = await box.evaluate((input) =>
    parseFloat(getComputedStyle(input.closest('label') ?? input).fontSize),
  );
  expect(size.height).toBeGreaterThanOrEqual(0.9 * fontSize);
  await expect(box).toBeInViewport({ ratio: 1 });

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts', level: 2 })).toBeInViewport({
    ratio: 1,
  });
  await expect(dialog).toContainText('Pick that demo scenario');
});
