// Issue 12, item 3: what the cards and the mode badge say must be true of the case in front of the learner.
import { expect, test } from './fixtures.ts';

test('pasted HTML is not called the placeholder; the real placeholder still is', async ({
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  await notebook.pasteKey('<img src=x onerror=alert(1)>');
  await notebook.runAll();
  const card = notebook.card('Configure');
  await expect(card).toBeVisible();
  await expect(card).not.toContainText('placeholder');

  await notebook.pasteKey('<YOUR_API_KEY>');
  await notebook.runAll();
  await expect(notebook.card('Configure')).toContainText('placeholder such as <YOUR_API_KEY>');
});

test('a 10 kB key is not told it was cut short', async ({ notebook, liveApp }) => {
  await notebook.goto(liveApp.url);
  await notebook.pasteKey(`nvapi-${'a'.repeat(10_000)}`);
  await notebook.runAll();
  const card = notebook.card('Configure');
  await expect(card).toBeVisible();
  await expect(card).not.toContainText('cut short');
});

test('a connection reset mid-answer is not "could not be reached", with no typo/VPN/TLS advice', async ({
  notebook,
  liveApp,
  fakeUpstream,
}) => {
  fakeUpstream.setScenario('reset');
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  const card = await notebook.expectCard('Login', /The connection dropped mid-answer$/);
  await expect(card).not.toContainText('could not be reached');
  await expect(card).not.toContainText(/typo|VPN|TLS/);
});

test('the missing-token card gives the status with its reason phrase', async ({
  notebook,
  liveApp,
  fakeUpstream,
}) => {
  fakeUpstream.setScenario('missing-token');
  await notebook.goto(liveApp.url);
  await notebook.runAll();
  const card = await notebook.expectCard('Login', /The login answer was incomplete$/);
  await expect(notebook.fact(card, 'Status')).toHaveText('201 Created');
});

test('the live badge does not call a host that is not NVIDIA\'s "the real API"', async ({
  page,
  notebook,
  liveApp,
  fakeUpstream,
}) => {
  await notebook.goto(liveApp.url);
  await expect(notebook.modeBadge()).toHaveText(/^Live mode/);
  const host = new URL(fakeUpstream.url).host;
  await expect(page.getByText(`so the cells call ${host}`)).toBeVisible();
  await expect(page.getByText('the real API')).toHaveCount(0);
});

for (const scenario of ['Connection dropped']) {
  test(`in demo mode the '${scenario}' card does not advise switching to demo mode`, async ({
    notebook,
    keylessApp,
  }) => {
    await notebook.goto(keylessApp.url);
    await notebook.demoScenarioPicker().selectOption({ label: scenario });
    await notebook.runAll();
    const card = notebook.card('Login');
    await expect(card).toBeVisible();
    await expect(card).not.toContainText(/demo mode/i);
  });
}
