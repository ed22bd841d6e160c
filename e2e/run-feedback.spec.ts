// A run never leaves the page silent: a slow request shows the seconds passing, and a Run all that succeeded
// says so where it was pressed, with where to go next.
import { expect, test } from './fixtures.ts';

test('a slow request shows how long it has been running', async ({ notebook, keylessApp }) => {
  await notebook.goto(keylessApp.url, { scenario: 'slow' });
  await notebook.run('Setup');
  await notebook.expectCellSucceeded('Setup');
  await notebook.run('Configure');
  await notebook.expectCellSucceeded('Configure');
  await notebook.run('Login');
  // The slow scenario answers after 2.5 s: the line counts the seconds meanwhile.
  await expect(notebook.cell('Login')).toContainText(/Running… [12] s/);
  await notebook.expectCellSucceeded('Login');
});

test('after a Run all that succeeded, the top says so and links to the next section', async ({
  page,
  notebook,
  liveApp,
}) => {
  await notebook.goto(liveApp.url);
  const finished = page.getByRole('status').filter({ hasText: 'Run all finished' });
  await expect(finished).toHaveCount(0);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await expect(finished).toContainText('Run all finished: every cell succeeded');
  await expect(finished).toBeInViewport();
  await finished.getByRole('link', { name: 'Refreshing your credentials' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Refreshing your credentials' })).toBeInViewport();

  // Gone once the outputs no longer all stand.
  await notebook.restart();
  await expect(finished).toHaveCount(0);
});
