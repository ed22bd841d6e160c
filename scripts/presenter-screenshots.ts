// Presenter mode's README screenshots: a cell slide (Login, after its run) on a 1280×720 projector, and the
// speaker view beside it (opened from the slide, as a presenter does), at 1280×800.
import { expect, type Browser } from '@playwright/test';

export async function shootPresenter(
  browser: Browser,
  { appUrl, ownerUrl, outDir }: { appUrl: string; ownerUrl: string | undefined; outDir: string },
): Promise<string[]> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  try {
    if (ownerUrl) await context.request.get(ownerUrl, { maxRedirects: 0 });
    const page = await context.newPage();
    await page.goto(`${appUrl}/?present=1#cell-setup`);
    const bar = page.getByRole('navigation', { name: 'Presenter' });
    // Setup, Configure (two slides on: its longer text has a slide of its own) and Login, run in turn.
    for (const [name, steps] of [
      ['Setup', 2],
      ['Configure', 2],
      ['Login', 0],
    ] as const) {
      const cell = page.getByRole('article', { name, exact: true });
      await cell.getByRole('button', { name: `Run ${name}`, exact: true }).click();
      await expect(cell).toContainText('Succeeded', { timeout: 15_000 });
      for (let step = 0; step < steps; step++)
        await bar.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await page.mouse.move(0, 0);
    const presenterShot = `${outDir}/presenter-1280x720.png`;
    await page.screenshot({ path: presenterShot });

    const [speaker] = await Promise.all([
      page.waitForEvent('popup'),
      bar.getByRole('button', { name: 'Open speaker view' }).click(),
    ]);
    await speaker.setViewportSize({ width: 1280, height: 800 });
    await expect(speaker.getByText('Following the presenter window.')).toBeVisible();
    await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toContainText('carries the key');
    const speakerShot = `${outDir}/speaker-view.png`;
    await speaker.screenshot({ path: speakerShot });
    return [presenterShot, speakerShot];
  } finally {
    await context.close();
  }
}
