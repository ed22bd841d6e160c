// Live mode when things go wrong: each failure a learner can meet becomes a card under the cell that failed,
// with a heading, the status or cause, and a Try again button that works once the cause is gone.
import { PASTED_KEY, SERVER_KEY, TIMEOUT_MS, closedPortUrl, expect, test } from './fixtures.ts';
import type { CellName } from './notebook-page.ts';
import type { ScenarioName } from '../src/api/monai-scenarios.ts';

interface ScenarioCase {
  scenario: ScenarioName;
  cell: CellName;
  title: RegExp;
  facts: Record<string, string | RegExp>;
}

const scenarioCases: ScenarioCase[] = [
  {
    scenario: 'expired-key',
    cell: 'Login',
    title: /The API did not accept your key$/,
    facts: {
      Status: '401 Unauthorized',
      'The API said': 'Unauthorized: Credentials error: Invalid NGC_API_KEY',
    },
  },
  {
    scenario: 'wrong-org',
    cell: 'Verify',
    title: /You are not a member of this org$/,
    facts: { Status: '403 Forbidden', 'The API said': 'No access granted for user in org iasixjqzw1hj' },
  },
  {
    scenario: 'timeout',
    cell: 'Login',
    title: /The API took too long to answer$/,
    facts: { Status: '504 Gateway Timeout' },
  },
  {
    scenario: 'rate-limited',
    cell: 'Login',
    title: /Too many requests: wait a little$/,
    facts: { Status: '429 Too Many Requests', 'Try again in': '30 s' },
  },
  {
    scenario: 'html-error',
    cell: 'Login',
    title: /The API had a problem on its side$/,
    facts: { Status: '502 Bad Gateway', Answer: 'An HTML page titled "502 Bad Gateway" instead of JSON' },
  },
];

for (const { scenario, cell, title, facts } of scenarioCases) {
  test(`'${scenario}': ${cell} shows its card, and Try again works once the API is back`, async ({
    notebook,
    liveApp,
    fakeUpstream,
  }) => {
    fakeUpstream.setScenario(scenario);
    await notebook.goto(liveApp.url);
    await notebook.runAll();
    await notebook.expectCellFailed(cell);
    const card = await notebook.expectCard(cell, title);
    await expect(card.getByRole('heading', { level: 4 })).toHaveAccessibleName(/^Error: /);
    for (const [label, value] of Object.entries(facts)) {
      await expect(notebook.fact(card, label)).toHaveText(value);
    }
    if (scenario === 'rate-limited') {
      await expect(card).toContainText(/You can try again in \d+ s\./);
    }
    if (scenario === 'timeout') {
      // The proxy gave up at MONAI_TIMEOUT_MS, not at the 10-second default.
      const taken = Number.parseFloat(await notebook.fact(card, 'Time taken').innerText());
      expect(taken).toBeGreaterThanOrEqual(TIMEOUT_MS / 1000 - 0.1);
      expect(taken).toBeLessThan(TIMEOUT_MS / 1000 + 3);
    }

    // Try again waits out Retry-After first: e2e/retry.spec.ts.
    if (scenario === 'rate-limited') return;
    fakeUpstream.setScenario('valid');
    await notebook.tryAgain(cell);
    await notebook.expectCellSucceeded(cell);
    await expect(notebook.card(cell)).toHaveCount(0);
  });
}

test('an org the account is not in gives the 403 card naming that org', async ({ notebook, liveApp }) => {
  await notebook.goto(liveApp.url);
  await notebook.orgField().fill('someone-elses-org');
  await notebook.runAll();
  const card = await notebook.expectCard('Verify', /You are not a member of this org$/);
  await expect(notebook.fact(card, 'Status')).toHaveText('403 Forbidden');
  await expect(notebook.fact(card, 'The API said')).toHaveText(
    'No access granted for user in org someone-elses-org',
  );
});

test('an API host that refuses connections gives the unreachable card', async ({
  notebook,
  startExtraApp,
}) => {
  const app = await startExtraApp({ MONAI_HOST_URL: await closedPortUrl(), MONAI_API_KEY: SERVER_KEY });
  await notebook.goto(app.url);
  await notebook.runAll();
  const card = await notebook.expectCard('Login', /The API could not be reached$/);
  await expect(notebook.fact(card, 'Status')).toHaveText('502 Bad Gateway');
  await expect(notebook.fact(card, 'Error code')).toHaveText(/^ECONNREFUSED/);

  // Nothing changed, so trying again runs Login once more and explains the same thing.
  await expect(notebook.executionPrompt('Login')).toHaveText('[3]:');
  await notebook.tryAgain('Login');
  await expect(notebook.executionPrompt('Login')).toHaveText('[4]:');
  await expect(notebook.card('Login')).toHaveAccessibleName(/The API could not be reached$/);
});

test('served without its proxy (a static file server), Login says the proxy is missing', async ({
  notebook,
  staticApp,
}) => {
  await notebook.goto(staticApp.url, { mode: 'live' });
  await expect(notebook.modeBadge()).toHaveText(/^Live mode/);
  await notebook.pasteKey(PASTED_KEY);
  await notebook.run('Setup');
  await notebook.run('Configure');
  await notebook.run('Login');
  const card = await notebook.expectCard('Login', /The app's proxy is not running$/);
  await expect(notebook.fact(card, 'Status')).toHaveText('405 Method Not Allowed');
  await expect(card.getByRole('button', { name: 'Try again' })).toBeEnabled();
});
