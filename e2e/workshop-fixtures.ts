// A workshop server (`WORKSHOP=1`, its proxy pointed at the fake upstream, no server key) per test, so each test
// has a room of its own. The test's own `page` holds the owner cookie (it opened the owner link) and watches the
// dashboard; each attendee is a browser context of its own, as separate laptops are.
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { expect, test as base, type AppServer } from './fixtures.ts';
import { NotebookPage } from './notebook-page.ts';

export { expect, PASTED_KEY } from './fixtures.ts';

export interface Attendee {
  context: BrowserContext;
  page: Page;
  notebook: NotebookPage;
  /** The notice that says what is shared, with Stop sharing. */
  notice(): Locator;
}

interface WorkshopFixtures {
  workshopApp: AppServer;
  /** Opens the notebook in a new browser context (no owner cookie); `query` e.g. { mode: 'demo' }. */
  openAttendee: (query?: Record<string, string>) => Promise<Attendee>;
  /** The test's page on /?dashboard, as the owner who opened the link. */
  dashboard: Locator;
}

export async function newAttendee(browser: Browser, url: string, query?: Record<string, string>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const notebook = new NotebookPage(page);
  await notebook.goto(url, query);
  const notice = () => page.getByRole('complementary', { name: 'Workshop' });
  // After start-up the page asks whether a workshop runs, then fetches the notice's chunk: slow on a busy CI.
  await expect(notice()).toBeVisible({ timeout: 10_000 });
  return { context, page, notebook, notice } satisfies Attendee;
}

export function roomBoard(page: Page): Locator {
  return page.getByRole('region', { name: 'Workshop room' });
}

export const test = base.extend<WorkshopFixtures>({
  workshopApp: async ({ startExtraApp }, use) => {
    // startExtraApp opens the owner link in this test's context, so `page` is the owner's browser.
    await use(await startExtraApp({ WORKSHOP: '1' }));
  },

  openAttendee: async ({ browser, workshopApp }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (query) => {
      const attendee = await newAttendee(browser, workshopApp.url, query);
      contexts.push(attendee.context);
      return attendee;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },

  dashboard: async ({ page, workshopApp }, use) => {
    await page.goto(`${workshopApp.url}/?dashboard`);
    await use(roomBoard(page));
  },
});
