// No secret in any event: every request an attendee's browser sends to the room is recorded while it runs the
// notebook with a real-looking key, in live mode against the fake API and in demo mode, and inspected.
import type { Request, Response } from '@playwright/test';
import { stepIds } from '../server/workshop-ids.ts';
import { ROOM_ATTENDEE_PATTERN } from '../src/workshop/room-protocol.ts';
import { cardIds } from '../src/troubleshooting/card-ids.ts';
import { expect, PASTED_KEY, test, type Attendee } from './workshop-fixtures.ts';

// Three browsers and a server on a shared 2-core machine: a run takes longer than the default 30 s.
test.describe.configure({ timeout: 60_000 });

const PRIVATE_ORG = 'acme-private-org';

interface Sent {
  method: string;
  path: string;
  search: string;
  headers: Record<string, string>;
  body: string;
  /** The demo's service worker passes the page's request on; Playwright sees that copy without its body. */
  fromWorker: boolean;
}

/** Records the room requests, and the secrets the browser received (the token, the user id) to look for. */
function watch(attendee: Attendee) {
  const sent: Sent[] = [];
  const secrets = [PASTED_KEY, PASTED_KEY.slice(6, 30), PRIVATE_ORG];
  attendee.context.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/workshop')) return;
    sent.push({
      method: request.method(),
      path: url.pathname,
      search: url.search,
      headers: request.headers(),
      body: request.postData() ?? '',
      fromWorker: request.serviceWorker() !== null,
    });
  });
  attendee.page.on('response', (response: Response) => {
    if (!response.url().endsWith('/api/v1/login') || response.status() !== 201) return;
    void response.json().then((body: { token: string; user_id: string }) => {
      secrets.push(body.token, ...body.token.split('.'), body.user_id);
    });
  });
  return { sent, secrets };
}

async function runWithPrivateOrg(attendee: Attendee) {
  const { notebook, page } = attendee;
  // From the top, with the recording on: the page asks whether a workshop runs and joins.
  await page.reload();
  await expect(notebook.runButton('Setup')).toBeEnabled();
  await notebook.pasteKey(PASTED_KEY);
  await notebook.runAll();
  await notebook.expectAllSucceeded();
  await notebook.orgField().fill(PRIVATE_ORG);
  const cardReported = page.waitForRequest(
    (request) =>
      request.url().endsWith('/workshop/report') && /"org-forbidden"/.test(request.postData() ?? ''),
  );
  await notebook.run('Base URL and headers');
  await notebook.expectCellSucceeded('Base URL and headers');
  await notebook.run('Verify');
  await notebook.expectCard('Verify', /./);
  await cardReported;
}

function expectOnlyAllowedFields({ sent, secrets }: ReturnType<typeof watch>, mode: 'demo' | 'live') {
  const reports = sent.filter((request) => request.path === '/workshop/report' && !request.fromWorker);
  expect(reports.length).toBeGreaterThan(1);
  expect(secrets.length).toBeGreaterThan(5); // the token and user id were seen, so they are looked for
  for (const request of sent) {
    expect(['/workshop/room', '/workshop/report', '/workshop/dashboard']).toContain(request.path);
    expect(request.search).toBe('');
    expect(Object.keys(request.headers)).not.toContain('authorization');
    const everything = JSON.stringify(request);
    for (const secret of secrets) expect(everything).not.toContain(secret);
  }
  for (const { body } of reports) {
    const event = JSON.parse(body) as Record<string, unknown>;
    expect(Object.keys(event).sort()).toEqual(['attendee', 'mode', 'results', 'step']);
    expect(event.attendee).toMatch(ROOM_ATTENDEE_PATTERN);
    expect(stepIds).toContain(event.step);
    expect(event.mode).toBe(mode);
    for (const [step, result] of Object.entries(event.results as Record<string, unknown>)) {
      expect(stepIds).toContain(step);
      expect(['ok', ...cardIds]).toContain(result);
    }
  }
}

test('live mode against the fake API: the room hears step ids, results and the mode, nothing else', async ({
  openAttendee,
}) => {
  const attendee = await openAttendee();
  await expect(attendee.notebook.modeBadge()).toHaveText(/^Live mode/);
  const watched = watch(attendee);
  await runWithPrivateOrg(attendee);
  expectOnlyAllowedFields(watched, 'live');
});

test('demo mode: the room hears step ids, results and the mode, nothing else', async ({ openAttendee }) => {
  const attendee = await openAttendee({ mode: 'demo' });
  await expect(attendee.notebook.modeBadge()).toHaveText(/^Demo mode/);
  const watched = watch(attendee);
  await runWithPrivateOrg(attendee);
  expectOnlyAllowedFields(watched, 'demo');
});
