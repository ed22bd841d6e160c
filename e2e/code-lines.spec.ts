// Every line of every code block can be read where it is: on a 1280×720 projector and a 375 px phone, no
// code is cut off behind a scrollbar (a hidden one on most systems), in the guide, the snippets and presenter mode.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { cellNames } from './notebook-page.ts';
import { presenterBar, slideCount } from './presenter-page.ts';

/** The code blocks on screen whose text is wider than the block itself. */
async function cutOffCode(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('pre'))
      .filter((pre) => pre.offsetParent !== null && pre.scrollWidth > pre.clientWidth + 1)
      .map((pre) => `${pre.scrollWidth} > ${pre.clientWidth}: ${pre.textContent?.slice(0, 60) ?? ''}`),
  );
}

const viewports = [
  { name: 'a 1280×720 projector', width: 1280, height: 720 },
  { name: 'a 375 px phone', width: 375, height: 667 },
];

for (const viewport of viewports) {
  test(`on ${viewport.name} every code line is on screen, nothing hides behind a scrollbar`, async ({
    page,
    notebook,
    liveApp,
  }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await notebook.goto(liveApp.url);
    await notebook.runAll();
    await notebook.expectAllSucceeded();
    expect(await page.locator('pre:visible').count()).toBeGreaterThan(cellNames.length);
    expect(await cutOffCode(page), 'the guide after Run all').toEqual([]);

    for (const cell of ['Login', 'Verify'] as const) {
      const tabs = notebook.cell(cell).getByRole('tablist');
      for (const tab of ['curl', 'TypeScript']) {
        await tabs.getByRole('tab', { name: tab }).click();
        expect(await cutOffCode(page), `${cell}'s ${tab} snippet`).toEqual([]);
      }
    }

    await page.getByRole('button', { name: 'Presenter mode', exact: true }).click();
    await expect(presenterBar(page)).toBeVisible();
    const count = await slideCount(page);
    expect(count).toBeGreaterThan(8);
    for (let step = 0; step < count; step++) {
      expect(await cutOffCode(page), `presenter mode, slide ${step + 1}`).toEqual([]);
      await page.keyboard.press('PageDown');
    }
  });
}
