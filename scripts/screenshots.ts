// Takes the README's screenshots: the guide after Run all in live mode (1280×800), presenter mode at 1280×720
// with its speaker view, the workshop dashboard, and a newcomer's first screen (1280×720 and a 375 px phone).
// Starts the fake upstream and the app server exactly as the e2e fixtures do (server key, proxy pointed at
// the fake), drives Chromium, and closes everything. Run after a build:
//   npx vite build && npx tsx scripts/screenshots.ts [--dist dist] [--out docs]
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, expect, type Page } from '@playwright/test';
import { startFakeUpstream } from '../server/fake-upstream.ts';
import { startAppServer } from '../server/start.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { shootFirstScreens } from './first-screen-screenshots.ts';
import { shootPresenter } from './presenter-screenshots.ts';
import { shootWorkshopDashboard } from './workshop-screenshot.ts';

/** A well-formed personal key that the fake upstream accepts; not a real key. */
const SCREENSHOT_SERVER_KEY = `nvapi-${'ScreenshotKey0123456789_'.repeat(3).slice(0, 64)}`;
const VIEWPORT = { width: 1280, height: 800 };

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs' } },
});
const distDir = resolve(values.dist);
const outDir = resolve(values.out);

async function runAll(page: Page) {
  await page.getByRole('toolbar', { name: 'Notebook' }).getByRole('button', { name: 'Run all' }).click();
  await expect(page.getByRole('article', { name: 'Verify', exact: true })).toContainText('Succeeded', {
    timeout: 15_000,
  });
}

async function main() {
  await mkdir(outDir, { recursive: true });
  const fake = await startFakeUpstream({ port: 0, scenario: 'valid' });
  const app = await startAppServer({
    env: { MONAI_HOST_URL: fake.url, MONAI_API_KEY: SCREENSHOT_SERVER_KEY, MONAI_LOGIN_RATE_LIMIT: 'off' },
    distDir,
    port: 0,
    host: '127.0.0.1',
    log: () => {},
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    // The owner link gives this browser the cookie that lets it use the server's key.
    if (app.ownerUrl) await context.request.get(app.ownerUrl, { maxRedirects: 0 });
    const page = await context.newPage();

    await page.goto(`${app.url}/#testing-your-credentials`);
    await runAll(page);
    // The Login cell's output (status, user, masked token, expiry) beside the contents with its progress.
    await page.evaluate(() => document.getElementById('cell-login')?.scrollIntoView({ block: 'start' }));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: `${outDir}/screenshot-guide.png` });

    process.stdout.write(`Wrote ${outDir}/screenshot-guide.png\n`);
    const presenterShots = await shootPresenter(browser, { appUrl: app.url, ownerUrl: app.ownerUrl, outDir });
    process.stdout.write(`Wrote ${presenterShots.join(' and ')}\n`);
    const dashboard = await shootWorkshopDashboard(browser, { distDir, outDir, fakeUpstreamUrl: fake.url });
    process.stdout.write(`Wrote ${dashboard}\n`);
    const firstScreens = await shootFirstScreens(browser, { distDir, outDir });
    process.stdout.write(`Wrote ${firstScreens.join(' and ')}\n`);
  } finally {
    await browser.close();
    await app.close();
    await fake.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
