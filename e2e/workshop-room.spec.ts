// The workshop room from the browsers' side: attendees report with a notice and an opt-out, the owner's
// dashboard shows the room live, a stranger is refused. What the attendees send is inspected in
// workshop-privacy.spec.ts.
import AxeBuilder from '@axe-core/playwright';
import { expect, PASTED_KEY, roomBoard, test } from './workshop-fixtures.ts';

// Three browsers and a server on a shared 2-core machine: a run takes longer than the default 30 s.
test.describe.configure({ timeout: 60_000 });

const reportWith =
  (text: string) => (response: { url(): string; request(): { postData(): string | null } }) =>
    response.url().endsWith('/workshop/report') && (response.request().postData() ?? '').includes(text);

test('an attendee’s troubleshooting card shows on the owner’s dashboard within a second', async ({
  dashboard,
  openAttendee,
}) => {
  await expect(dashboard.getByRole('status')).toHaveText(/Live/);
  await expect(dashboard).toContainText('0 attendees connected');
  // A step's title and "Passed" column come from the guide, before anyone reports.
  await expect(dashboard.getByRole('row', { name: /^Login 0 of 0/ })).toBeVisible();

  const attendee = await openAttendee({ mode: 'demo', scenario: 'expired-key' });
  await expect(attendee.notice()).toContainText(
    'This workshop’s presenter sees which step you are on and which troubleshooting cards you get — never your key, token or org.',
  );
  await expect(dashboard).toContainText('1 attendee connected (1 in demo mode, 0 in live mode)', {
    timeout: 10_000,
  });

  await attendee.notebook.pasteKey(PASTED_KEY);
  const cardReported = attendee.page.waitForResponse(reportWith('"login-unauthorized"'));
  await attendee.notebook.runAll();
  await attendee.notebook.expectCard('Login', /The API did not accept your key/);
  const report = await cardReported;
  expect(report.status()).toBe(200);
  const reportedAt = Date.now();

  const stuck = dashboard.getByRole('listitem').filter({ hasText: 'The API did not accept your key' });
  await expect(stuck).toHaveText('1 on ‘The API did not accept your key’', { timeout: 1_000 });
  test.info().annotations.push({ type: 'report-to-dashboard', description: `${Date.now() - reportedAt} ms` });
  await expect(dashboard.getByRole('row', { name: /^Configure 1 of 1/ })).toBeVisible();
  await expect(dashboard.getByRole('row', { name: 'Login 0 of 1 1', exact: true })).toBeVisible();
});

test('the dashboard is refused to a browser without the owner’s secret', async ({
  page,
  liveApp,
  workshopApp,
  openAttendee,
}) => {
  const stranger = await openAttendee();
  await stranger.page.goto(`${workshopApp.url}/?dashboard`);
  await expect(roomBoard(stranger.page)).toContainText(
    'Only the browser that started the workshop can see the dashboard — open the owner link printed in the server’s terminal.',
  );
  await expect(roomBoard(stranger.page).getByRole('table')).toHaveCount(0);
  const events = await stranger.context.request.get(`${workshopApp.url}/workshop/dashboard/events`);
  expect(events.status()).toBe(403);
  // Nor does the attendee's notice offer the dashboard.
  await stranger.notebook.goto(workshopApp.url);
  await expect(stranger.notice().getByRole('button', { name: 'Stop sharing' })).toBeVisible({
    timeout: 10_000,
  });
  await expect(stranger.notice().getByRole('link')).toHaveCount(0);

  // The owner's own notebook does not report; its notice links to the dashboard instead.
  await page.goto(workshopApp.url);
  const ownerNotice = page.getByRole('complementary', { name: 'Workshop' });
  await expect(ownerNotice.getByRole('link', { name: 'Workshop dashboard' })).toHaveAttribute(
    'href',
    '/?dashboard',
    { timeout: 10_000 },
  );
  await expect(ownerNotice.getByRole('button')).toHaveCount(0);

  // A server started without WORKSHOP=1 runs no room: its dashboard says how to start one.
  await page.goto(`${liveApp.url}/?dashboard`);
  await expect(roomBoard(page)).toContainText(
    'No workshop is running on this server. Start one with WORKSHOP=1 npm start',
  );
});

test('Stop sharing stops the reports and the attendee leaves the dashboard', async ({
  page,
  dashboard,
  openAttendee,
}) => {
  const attendee = await openAttendee({ mode: 'demo' });
  await expect(dashboard).toContainText('1 attendee connected', { timeout: 10_000 });
  const sent: string[] = [];
  attendee.context.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/workshop/')) sent.push(new URL(request.url()).pathname);
  });

  const left = attendee.page.waitForRequest((request) => request.url().endsWith('/workshop/leave'));
  await attendee.notice().getByRole('button', { name: 'Stop sharing' }).click();
  await left;
  await expect(dashboard).toContainText('0 attendees connected');
  await expect(attendee.notice()).toContainText('You stopped sharing your progress');

  // Progress made after opting out is not sent, and the choice holds after a reload of the tab.
  await attendee.notebook.run('Setup');
  await attendee.notebook.expectCellSucceeded('Setup');
  await attendee.page.reload();
  await expect(attendee.notice()).toContainText('You stopped sharing your progress', { timeout: 10_000 });
  await attendee.notebook.run('Setup');
  await attendee.notebook.expectCellSucceeded('Setup');
  await page.waitForTimeout(1_000); // longer than the reporter's debounce (300 ms)
  expect(sent.filter((path) => path === '/workshop/report')).toEqual([]);
  await expect(dashboard).toContainText('0 attendees connected');
});

test('the dashboard and the attendee’s notice have no axe violations', async ({
  page,
  dashboard,
  openAttendee,
}) => {
  test.setTimeout(120_000);
  const attendee = await openAttendee({ mode: 'demo' });
  await attendee.notebook.run('Login'); // before the cells it needs: a note, so no card; Setup's result only
  await attendee.notebook.run('Setup');
  await attendee.notebook.expectCellSucceeded('Setup');
  await expect(dashboard.getByRole('row', { name: /^Setup 1 of 1/ })).toBeVisible();
  for (const [view, scope] of [
    [page, '.dashboard-page'],
    [attendee.page, '.workshop-notice'],
  ] as const) {
    const results = await new AxeBuilder({ page: view }).include(scope).analyze();
    expect(results.passes.length).toBeGreaterThan(0);
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  }
});
