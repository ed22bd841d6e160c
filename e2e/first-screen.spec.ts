// The first screen a newcomer sees: it stays still while the app starts (the mode arrives about a second after
// the first paint), and it offers one obvious first action, with the occasional tools out of its way.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const projector = { width: 1280, height: 720 };
const phone = { width: 375, height: 667 };

/** Sums every layout shift not caused by input, from the first paint on (Chromium's CLS, without windows). */
async function watchLayoutShift(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const shifts = { total: 0 };
    (window as unknown as { __layoutShift: typeof shifts }).__layoutShift = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.total += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          // Two frames, so shifts from the last render are reported before reading.
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              resolve((window as unknown as { __layoutShift: { total: number } }).__layoutShift.total),
            ),
          );
        }),
    );
}

for (const [viewportName, viewport] of [
  ['1280×720', projector],
  ['375×667', phone],
] as const) {
  test(`on ${viewportName} the page does not jump while starting, in demo and in live mode`, async ({
    page,
    notebook,
    keylessApp,
    liveApp,
  }) => {
    await page.setViewportSize(viewport);
    const layoutShift = await watchLayoutShift(page);
    for (const [mode, app] of [
      ['Demo', keylessApp],
      ['Live', liveApp],
    ] as const) {
      await notebook.goto(app.url);
      await expect(notebook.modeBadge()).toHaveText(new RegExp(`^${mode} mode`));
      if (mode === 'Demo') await expect(notebook.demoScenarioPicker()).toBeVisible();
      expect(await layoutShift(), `cumulative layout shift, ${mode} mode`).toBeLessThanOrEqual(0.02);
    }
  });
}

test('on a 1280×720 projector the controls take a small band and Run all is the one first action', async ({
  page,
  notebook,
  keylessApp,
}) => {
  await page.setViewportSize(projector);
  await notebook.goto(keylessApp.url);
  const banner = page.getByRole('banner');
  const band = (await banner.boundingBox())!;
  expect(band.y + band.height, 'the top bar, where the controls are').toBeLessThanOrEqual(
    0.25 * projector.height,
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Introduction' })).toBeInViewport();

  // The occasional tools are not in the top bar, and Run all is the biggest control there.
  for (const tool of [
    page.getByRole('combobox', { name: 'Theme' }),
    notebook.demoScenarioPicker(),
    page.getByRole('button', { name: 'Keyboard shortcuts' }),
    page.getByRole('button', { name: 'Reset everything' }),
    page.getByRole('button', { name: 'Download notebook' }),
    page.getByRole('button', { name: 'Presenter mode' }),
  ]) {
    await expect(tool).toBeVisible();
    await expect(banner.locator(tool)).toHaveCount(0);
  }
  const runAll = notebook.toolbar().getByRole('button', { name: 'Run all', exact: true });
  const area = (box: { width: number; height: number } | null) => (box ? box.width * box.height : 0);
  const runAllArea = area(await runAll.boundingBox());
  for (const other of await banner.locator('button, a, select, input').all()) {
    if ((await other.textContent()) === 'Run all') continue;
    expect(runAllArea, `Run all is bigger than "${await other.textContent()}"`).toBeGreaterThan(
      1.2 * area(await other.boundingBox()),
    );
  }
});

test('on a 375×667 phone Run all and the start of the guide are on the first screen, the tools are not', async ({
  page,
  notebook,
  keylessApp,
}) => {
  await page.setViewportSize(phone);
  await notebook.goto(keylessApp.url);
  const runAll = notebook.toolbar().getByRole('button', { name: 'Run all', exact: true });
  await expect(runAll).toBeInViewport({ ratio: 1 });
  const band = (await page.getByRole('banner').boundingBox())!;
  expect(band.y + band.height, 'the top bar').toBeLessThanOrEqual(0.5 * phone.height);
  await expect(page.getByRole('heading', { name: 'Contents' })).toBeInViewport();
  for (const tool of [
    page.getByRole('combobox', { name: 'Theme' }),
    notebook.demoScenarioPicker(),
    page.getByRole('button', { name: 'Reset everything' }),
  ]) {
    await expect(tool).not.toBeInViewport();
  }
});
