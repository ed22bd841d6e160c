// The fault suite: the upstream misbehaves in every way we know of; each fault ends as a card under the
// cell that met it, and the proxy stays up and answers the very next request normally.
import type { ScenarioName } from '../src/api/monai-scenarios.ts';
import { expect, test } from './fixtures.ts';
import type { CellName } from './notebook-page.ts';

const faults: { scenario: ScenarioName; cell: CellName; title: RegExp }[] = [
  { scenario: 'server-error', cell: 'Login', title: /The API had a problem on its side$/ },
  { scenario: 'missing-token', cell: 'Login', title: /The login answer was incomplete$/ },
  { scenario: 'reset', cell: 'Login', title: /The connection dropped mid-answer$/ },
  { scenario: 'huge-body', cell: 'Login', title: /The API's answer could not be passed on$/ },
  { scenario: 'trickle', cell: 'Login', title: /The API took too long to answer$/ },
  { scenario: 'invalid-utf8', cell: 'Login', title: /The login answer was incomplete$/ },
  { scenario: 'user-id-not-string', cell: 'Login', title: /The login answer was incomplete$/ },
  { scenario: 'redirect', cell: 'Login', title: /The API's answer could not be passed on$/ },
  // A token that is not a JWT logs in (the notebook only asserts it is there) and is refused by the next call.
  { scenario: 'garbage-jwt', cell: 'Verify', title: /The API did not accept the token$/ },
  { scenario: 'token-expired', cell: 'Verify', title: /The token has expired$/ },
];

for (const { scenario, cell, title } of faults) {
  test(`fault '${scenario}' ends as a card under ${cell}, and the next run works`, async ({
    notebook,
    liveApp,
    fakeUpstream,
  }) => {
    fakeUpstream.setScenario(scenario);
    await notebook.goto(liveApp.url);
    await notebook.runAll();
    await notebook.expectCellFailed(cell);
    const card = await notebook.expectCard(cell, title);
    await expect(card.getByRole('button', { name: 'Try again', exact: true })).toBeVisible();

    fakeUpstream.setScenario('valid');
    await notebook.runAll();
    await notebook.expectAllSucceeded();
  });
}
