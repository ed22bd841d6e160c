// Presenter mode and the speaker view as a presenter meets them, found by role and name.
import { expect, type Locator, type Page } from '@playwright/test';

export const PROJECTOR = { width: 1280, height: 720 };

export function presenterBar(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Presenter' });
}

/** The bar's step counter, "Slide 3 of 23: Login". */
export function slideCounter(page: Page): Locator {
  return presenterBar(page)
    .getByText(/^Slide \d+ of \d+/)
    .first();
}

/** The slide on screen: the region named by its heading. */
export function slideArea(page: Page): Locator {
  return page.locator('main').getByRole('region').first();
}

/** Opens the app in presenter mode (optionally at a slide) and waits until start-up has finished. */
export async function gotoPresenting(page: Page, appUrl: string, hash = '', query = ''): Promise<void> {
  await page.goto(`${appUrl}/?present=1${query}${hash ? `#${hash}` : ''}`);
  // Demo mode starts its service worker first; the presenter chunk then comes through it.
  await expect(presenterBar(page)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: /^(Demo|Live) mode/ })).toBeVisible();
}

export async function slideCount(page: Page): Promise<number> {
  return Number((await slideCounter(page).textContent())?.match(/of (\d+)/)?.[1]);
}

/** The counter says slide `number` (any number when null) and, when given, the slide's title. */
export async function expectSlide(page: Page, number: number | null, title?: string): Promise<void> {
  await expect(slideCounter(page)).toHaveText(new RegExp(`^Slide ${number ?? '\\d+'} of \\d+`));
  if (title) await expect(presenterBar(page)).toContainText(`: ${title}`);
}

/** The number of the slide on screen. */
export async function currentSlide(page: Page): Promise<number> {
  return Number((await slideCounter(page).textContent())?.match(/^Slide (\d+)/)?.[1]);
}
