// The first screen a newcomer sees (no key on the server, so demo mode) on a 1280×720 projector and on a
// 375 px phone: issue 12 asks that it shows one obvious first action. Called by scripts/screenshots.ts.
import type { Browser } from '@playwright/test';
import { startAppServer } from '../server/start.ts';

const SCREENS = [
  { file: 'first-screen-after-1280x720.png', viewport: { width: 1280, height: 720 } },
  { file: 'first-screen-after-phone-375.png', viewport: { width: 375, height: 667 } },
] as const;

export async function shootFirstScreens(
  browser: Browser,
  options: { distDir: string; outDir: string },
): Promise<string[]> {
  const app = await startAppServer({
    // No key and no host set: what `npm run dev` gives a newcomer (demo mode; nothing reaches a host).
    env: {},
    distDir: options.distDir,
    port: 0,
    host: '127.0.0.1',
    log: () => {},
  });
  try {
    const written: string[] = [];
    for (const { file, viewport } of SCREENS) {
      const context = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Run all' }).first().waitFor();
      await page.getByText('Switch to live mode').first().waitFor();
      await page.screenshot({ path: `${options.outDir}/${file}` });
      written.push(`${options.outDir}/${file}`);
      await context.close();
    }
    return written;
  } finally {
    await app.close();
  }
}
