// Lighthouse 12 with its default settings (mobile, simulated slow 4G and 4× CPU) against `npm start`, in
// the system Chromium, offline. Each URL gets a fresh Chromium so no cache or service worker carries over.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { CATEGORIES, type Category, type LighthouseResult } from './lighthouse-median.ts';

/** Lighthouse's trace recording fails now and then on a busy machine (NO_NAVSTART): one more try. */
export async function runLighthouse(name: string, url: string): Promise<LighthouseResult> {
  try {
    return await runOnce(name, url);
  } catch (error) {
    console.log(`  Lighthouse, ${name}: ${error instanceof Error ? error.message : String(error)}; again…`);
    return runOnce(name, url);
  }
}

async function runOnce(name: string, url: string): Promise<LighthouseResult> {
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH || CHROMIUM_PATH,
    // chrome-launcher adds its own flags that quiet the background connections (the others are the same).
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    const failing = Object.values(lhr.audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
      )
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    return {
      name,
      scores,
      fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      failing,
    };
  } finally {
    chrome.kill();
  }
}
