// Presenter mode on a 1280×720 projector: every slide fits without scrolling (its cell run, with its result
// shown), the slide gets at least 80% of the screen, and axe finds nothing on any slide.
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import {
  PROJECTOR,
  expectSlide,
  gotoPresenting,
  presenterBar,
  slideArea,
  slideCount,
} from './presenter-page.ts';

test.use({ viewport: PROJECTOR });
// axe on every slide of a 20-odd slide talk, on a shared 2-core machine.
test.describe.configure({ timeout: 600_000 });

test('every slide fits a 1280×720 screen with its result, gets 80% of it, and passes axe', async ({
  page,
  liveApp,
}) => {
  await gotoPresenting(page, liveApp.url);
  const count = await slideCount(page);
  for (let number = 1; number <= count; number++) {
    await expectSlide(page, number);
    const slide = slideArea(page);
    // The cells come in order, so each one's earlier cells have run: its result is a success output.
    const run = slide.getByRole('button', { name: /^Run / });
    if ((await run.count()) > 0) {
      await expect(run).toBeEnabled();
      await run.click();
      await expect(slide.getByText(/Succeeded$/)).toBeVisible({ timeout: 10_000 });
    }
    const sizes = await slide.evaluate((area) => ({
      scroll: area.scrollHeight,
      client: area.clientHeight,
      page: document.documentElement.scrollHeight,
    }));
    const where = `slide ${number}: ${await presenterBar(page)
      .getByText(/^Slide/)
      .first()
      .textContent()}`;
    expect(sizes.scroll, `${where} needs scrolling`).toBeLessThanOrEqual(sizes.client);
    expect(sizes.page, `${where}: the page scrolls`).toBeLessThanOrEqual(PROJECTOR.height);
    expect(sizes.client, `${where}: content area`).toBeGreaterThanOrEqual(0.8 * PROJECTOR.height);
    // The slide and the bar (the rest of the page is the same on every slide), in the light theme; the
    // whole page in both themes on the cell slides.
    if ((await run.count()) > 0) await expectNoAxeViolations(page);
    else await expectNoAxeViolations(page, 'main', ['light']);
    if (number < count) await presenterBar(page).getByRole('button', { name: 'Next', exact: true }).click();
  }
});
