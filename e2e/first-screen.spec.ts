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

// The built index.html carries the first screen (scripts/vite-plugin-prerender.ts): it paints before any
// script arrives, and the app then takes it over. Not in the dev server, which builds the page in the browser.
test('with scripts off, the first screen of the guide is there to read', async ({ browser, liveApp }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: projector });
  try {
    const page = await context.newPage();
    await page.goto(liveApp.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Credentials Notebook' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Introduction' })).toBeInViewport();
    await expect(page.getByText(/only talk to people they can identify/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Table of contents' })).toBeVisible();
    // Nothing pretends to work: the mode says it is still starting and Run all is off.
    await expect(page.getByRole('status').filter({ hasText: 'Starting…' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Run all' })).toHaveAttribute('aria-disabled', 'true');
  } finally {
    await context.close();
  }
});

test('the app takes over the painted first screen without building it again, in live and demo mode', async ({
  page,
  notebook,
  liveApp,
  keylessApp,
}) => {
  // Before any of the app's scripts runs (they wait for the first paint), keep hold of the built elements.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const built = window as unknown as { __built: Element[] };
      built.__built = Array.from(document.querySelectorAll('h1, #introduction p, nav li'));
    });
  });
  for (const app of [liveApp, keylessApp]) {
    await notebook.goto(app.url);
    await expect(notebook.modeBadge()).toHaveText(/^(Live|Demo) mode/);
    const kept = await page.evaluate(() => {
      const built = (window as unknown as { __built: Element[] }).__built;
      return { count: built.length, stillThere: built.filter((element) => element.isConnected).length };
    });
    expect(kept.count, 'elements in the built first screen').toBeGreaterThan(10);
    expect(kept.stillThere, 'built elements the app kept (hydrated, not rebuilt)').toBe(kept.count);
    // And it is live: the contents' links and the cells answer.
    await notebook.run('Setup');
    await notebook.expectCellSucceeded('Setup');
  }
});
