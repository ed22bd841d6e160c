// Presenter mode on a 1280×720 projector: every slide fits without scrolling (its cell run, with its result
// shown), the slide gets at least 80% of the screen, and axe finds nothing on any slide. In demo mode too,
// for every scenario in the presenter's picker: success outputs with their "simulated" line, and each
// troubleshooting card, compact, with the rest of it behind a disclosure.
import type { Locator, Page } from '@playwright/test';
import { demoScenarios } from '../src/mocks/demo-scenarios.ts';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import {
  PROJECTOR,
  currentSlide,
  expectSlide,
  gotoPresenting,
  presenterBar,
  slideArea,
  slideCount,
  slideCounter,
} from './presenter-page.ts';

test.use({ viewport: PROJECTOR });
// axe on every slide of a 20-odd slide talk, on a shared 2-core machine.
test.describe.configure({ timeout: 600_000 });

/** The slide area and the page both fit the projector: nothing to scroll. */
async function expectSlideFits(page: Page, number: number): Promise<void> {
  const sizes = await slideArea(page).evaluate((area) => ({
    scroll: area.scrollHeight,
    client: area.clientHeight,
    page: document.documentElement.scrollHeight,
  }));
  const where = `slide ${number}: ${await slideCounter(page).textContent()}`;
  expect(sizes.scroll, `${where} needs scrolling`).toBeLessThanOrEqual(sizes.client);
  expect(sizes.page, `${where}: the page scrolls`).toBeLessThanOrEqual(PROJECTOR.height);
  expect(sizes.client, `${where}: content area`).toBeGreaterThanOrEqual(0.8 * PROJECTOR.height);
}

async function nextSlide(page: Page): Promise<void> {
  await presenterBar(page).getByRole('button', { name: 'Next', exact: true }).click();
}

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
    await expectSlideFits(page, number);
    // The slide and the bar (the rest of the page is the same on every slide), in the light theme; the
    // whole page in both themes on the cell slides.
    if ((await run.count()) > 0) await expectNoAxeViolations(page);
    else await expectNoAxeViolations(page, 'main', ['light']);
    if (number < count) await nextSlide(page);
  }
});

/**
 * A compact card keeps its title, "How to fix it" and "Try again" in view; its likely cause waits behind
 * "More about this card", and opening that shows it (the slide may then scroll: the presenter asked for it).
 */
async function expectRestOfCardBehindDisclosure(page: Page, card: Locator): Promise<void> {
  await expect(card.getByRole('heading', { name: /^How to fix it/ })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Try again', exact: true })).toBeVisible();
  const cause = card.getByRole('heading', { name: 'Likely cause', exact: true });
  await expect(cause).toBeHidden();
  const more = card.getByText('More about this card', { exact: true });
  await more.click();
  await expect(cause).toBeVisible();
  await more.click();
  await expect(cause).toBeHidden();
  await expectSlideFits(page, await currentSlide(page));
}

/** The cell's status words beside its title, once its run has ended. */
function finishedStatus(slide: Locator): Locator {
  return slide.getByText(/^\W+(Succeeded|Failed|Cancelled|Waiting for earlier cells)$/);
}

// One test per scenario, in the picker's order: the first nine picked with their number keys, as a presenter
// does, the rest in the picker. Each runs every cell slide in order, so later cells meet the earlier ones'
// failures (a card, or the calm "run the earlier cells first" note).
for (const [index, scenario] of demoScenarios.entries()) {
  test(`demo mode, scenario ${index + 1} "${scenario.label}": every cell slide fits with its result or card`, async ({
    page,
    keylessApp,
  }) => {
    await gotoPresenting(page, keylessApp.url, 'cell-setup');
    const picker = presenterBar(page).getByRole('combobox', { name: 'Demo scenario' });
    if (index < 9) await page.keyboard.press(String(index + 1));
    else await picker.selectOption({ label: scenario.label });
    await expect(picker).toHaveValue(scenario.name);

    const first = await currentSlide(page);
    const count = await slideCount(page);
    const cardsChecked = new Set<string>();
    for (let number = first; number <= count; number++) {
      await expectSlide(page, number);
      const slide = slideArea(page);
      // The cell's own Run button (a note may offer "Run Setup, then Login" once it has run).
      const run = slide.getByRole('button', { name: /^Run / }).first();
      if ((await run.count()) === 0) {
        if (number < count) await nextSlide(page);
        continue;
      }
      await expect(run).toBeEnabled();
      const cell = await run.getAttribute('aria-label');
      await run.click();
      const status = finishedStatus(slide);
      await expect(status).toBeVisible({ timeout: 20_000 });
      const card = slide.getByRole('region', { name: /^(Error|Warning): / });
      const failed = /Failed$/.test((await status.textContent()) ?? '');
      if (failed) await expect(card).toBeVisible();
      const succeeded = /Succeeded$/.test((await status.textContent()) ?? '');
      // Compact is still honest: a simulated answer (every cell's but Setup's, which asks nothing) says so.
      if (succeeded && cell !== 'Run Setup') {
        await expect(slide.getByRole('note').filter({ hasText: /Simulated/ })).toBeVisible();
      }
      await expectSlideFits(page, number);

      // axe where new content appears: each card once, and the success outputs once (the valid scenario).
      const cardName = failed ? await card.getByRole('heading').first().getAttribute('aria-label') : null;
      if (cardName && !cardsChecked.has(cardName)) {
        cardsChecked.add(cardName);
        await expectNoAxeViolations(page);
        if (cardsChecked.size === 1) await expectRestOfCardBehindDisclosure(page, card);
      } else if (succeeded && scenario.name === 'valid') {
        await expectNoAxeViolations(page, 'main', ['light']);
      }
      if (number < count) await nextSlide(page);
    }
  });
}
