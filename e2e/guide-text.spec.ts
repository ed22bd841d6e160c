// The guide's own words are true of this page: where things are, what the code does, what happens when.
import { expect, test } from './fixtures.ts';

test('the guide says true things: where the contents are, why json is imported, what Configure does', async ({
  page,
  notebook,
  keylessApp,
}) => {
  await notebook.goto(keylessApp.url);
  const guide = page.getByRole('main');
  const intro = page.getByRole('region', { name: 'Introduction' });
  // The contents are on the left, not the guide.
  await expect(intro).not.toContainText('The guide on the left');
  await expect(intro).toContainText('The contents, with your progress, are on the left');
  // It says which lines differ from NVIDIA's notebook instead of "the same Python steps".
  await expect(intro).not.toContainText('the same Python steps');
  await expect(intro).toContainText('instead of asserting status 201');

  await expect(guide).not.toContainText('`json` for reading answers');
  await expect(guide).not.toContainText('json for reading answers');
  await expect(guide).toContainText('so nothing below uses it');
  await expect(guide).toContainText('this notebook stops at this cell with a card asking for your key');
  await expect(guide).not.toContainText('the login below will fail');
  await expect(guide).not.toContainText('any script, server or notebook still using the old key will stop');
  // One spelling, as the org field's label has it.
  await expect(guide).not.toContainText(/organisation/i);
  await expect(guide).toContainText('organization');
});
