// "Try again" does what the card says the fix is: after an expired token it logs in again before Verify, and
// while the API asks to wait (429 with Retry-After) it waits too.
import { expect, test } from './fixtures.ts';

test('Try again on an expired token logs in again, then runs Verify, and Verify succeeds', async ({
  notebook,
  liveApp,
  fakeUpstream,
}) => {
  fakeUpstream.setScenario('token-expired');
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  await notebook.expectCellFailed('Verify');
  await notebook.expectCard('Verify', /(expired|did not accept the token)/);
  await expect(notebook.executionPrompt('Login')).toHaveText('[3]:');

  fakeUpstream.setScenario('valid');
  await notebook.tryAgain('Verify');
  await notebook.expectCellSucceeded('Verify');
  // Login ran again (a fresh token), then the cells after it, in order.
  await expect(notebook.executionPrompt('Login')).toHaveText('[6]:');
  await expect(notebook.executionPrompt('Verify')).toHaveText('[8]:');
});

test('Try again stays unavailable while Retry-After counts down, then works', async ({
  page,
  notebook,
  liveApp,
  fakeUpstream,
}) => {
  await page.clock.install();
  fakeUpstream.setScenario('rate-limited');
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  const card = await notebook.expectCard('Login', /Too many requests/);
  const tryAgain = card.getByRole('button', { name: 'Try again', exact: true });
  await expect(tryAgain).toHaveAttribute('aria-disabled', 'true');
  await expect(tryAgain).toHaveAccessibleDescription(/You can try again in \d+ s\./);

  fakeUpstream.setScenario('valid');
  const loginsBefore = fakeUpstream.received().filter((request) => request.path === '/api/v1/login').length;
  // Pressed anyway, from the keyboard (the button keeps focus): nothing is sent.
  await tryAgain.focus();
  await page.keyboard.press('Enter');
  await expect(notebook.status('Login')).toHaveText(/Failed$/);
  await expect(tryAgain).toBeFocused();
  expect(fakeUpstream.received().filter((request) => request.path === '/api/v1/login')).toHaveLength(
    loginsBefore,
  );

  await page.clock.runFor(31_000);
  await expect(card).toContainText('You can try again now.');
  await expect(tryAgain).not.toHaveAttribute('aria-disabled', 'true');
  await tryAgain.click();
  await notebook.expectCellSucceeded('Login');
});
