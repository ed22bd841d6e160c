// The speaker view: a second window opened from presenter mode, with the slide's speaker notes (never in the
// projector's page), the next slide, a clock, the scenario picker and the room's dashboard; either window
// moves both, and a scenario picked in either applies in both.
import { expect, test } from './fixtures.ts';
import { PROJECTOR, currentSlide, expectSlide, gotoPresenting, presenterBar } from './presenter-page.ts';

test.use({ viewport: PROJECTOR });

const LOGIN_NOTE = 'The one request that carries the key.';

test('@smoke the speaker view follows the projector and drives it; notes only in the speaker view', async ({
  page,
  keylessApp,
}) => {
  await gotoPresenting(page, keylessApp.url, 'cell-base-url');
  const [speaker] = await Promise.all([
    page.waitForEvent('popup'),
    presenterBar(page).getByRole('button', { name: 'Open speaker view' }).click(),
  ]);
  // No secret, nothing but the view's own flag, in its address.
  expect(new URL(speaker.url()).search).toBe('?speaker=1');
  const steps = speaker.getByRole('navigation', { name: 'Slides' });
  await expect(speaker.getByRole('status').filter({ hasText: 'presenter window' })).toHaveText(
    'Following the presenter window.',
    // Its own page loads first (under `npm run dev`, module by module).
    { timeout: 15_000 },
  );
  const start = await currentSlide(page);
  await expect(steps).toContainText(`Slide ${start} of`);
  await expect(steps).toContainText('Base URL and headers');
  await expect(speaker.getByRole('region', { name: 'Next slide' })).toContainText('Verify');
  await expect(speaker.getByRole('timer')).toHaveText(/^\d+:\d\d$/);

  // The speaker view drives: the projector follows.
  await steps.getByRole('button', { name: 'Previous' }).click();
  await expectSlide(page, start - 1, 'Login');
  await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toContainText(LOGIN_NOTE);
  // The notes are never in the projector's page, not even hidden.
  expect(await page.evaluate(() => document.documentElement.textContent)).not.toContain(LOGIN_NOTE);
  await speaker.keyboard.press('ArrowRight');
  await expectSlide(page, start, 'Base URL and headers');

  // The projector drives: the speaker view follows.
  await page.bringToFront();
  await presenterBar(page).getByRole('button', { name: 'Next', exact: true }).click();
  await expect(steps).toContainText(`Slide ${start + 1} of`);
  await expect(steps).toContainText('Verify');
  await page.keyboard.press('ArrowLeft');
  await expect(steps).toContainText(`Slide ${start} of`);

  // The scenario: picked in either window, it applies in both.
  const projectorPicker = presenterBar(page).getByRole('combobox', { name: 'Demo scenario' });
  const speakerPicker = speaker.getByRole('combobox', { name: 'Demo scenario' });
  await expect(speakerPicker).toHaveValue('valid');
  await speakerPicker.selectOption({ label: 'Org not granted' });
  await expect(projectorPicker).toHaveValue('wrong-org');
  await page.keyboard.press('2');
  await expect(speakerPicker).toHaveValue('expired-key');
  await expect(projectorPicker).toHaveValue('expired-key');

  // Leaving presenter mode tells the speaker view.
  await page.keyboard.press('Escape');
  await expect(speaker.getByRole('status').filter({ hasText: 'presenter window' })).toHaveText(
    'The presenter window left presenter mode.',
  );
});

test('the speaker view shows a clock whose elapsed time can be reset', async ({ page, liveApp }) => {
  await page.clock.install();
  await gotoPresenting(page, liveApp.url);
  const [speaker] = await Promise.all([
    page.waitForEvent('popup'),
    presenterBar(page).getByRole('button', { name: 'Open speaker view' }).click(),
  ]);
  await speaker.clock.install();
  await speaker.reload();
  const elapsed = speaker.getByRole('timer');
  await expect(elapsed).toHaveText('0:00');
  await speaker.clock.runFor(65_000);
  await expect(elapsed).toHaveText('1:05');
  await speaker.getByRole('button', { name: 'Reset timer' }).click();
  await expect(elapsed).toHaveText('0:00');
  // Live mode: no demo scenario to pick.
  await expect(speaker.getByRole('combobox', { name: 'Demo scenario' })).toHaveCount(0);
  await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toContainText('Welcome the room');
});
