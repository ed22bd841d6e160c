// First contentful paint and "ready" time of pages in headless system Chromium, each sample in a fresh
// context (cold cache), at a given CPU throttling rate. Targets are sampled in turn, so a burst of other
// work on the machine slows all of them alike instead of one.
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { median } from './median.ts';

export interface PageTarget {
  name: string;
  url: string;
  /** Opened first, so the browser holds the owner cookie and may use the server's key. */
  ownerUrl?: string;
  /** Resolves with performance.now() (ms since navigation start) once the page is ready for a person. */
  waitUntilReady(page: Page): Promise<number>;
}

export interface PageSample {
  fcpMs: number;
  /** When the page was ready and painted: the later of the ready probe and FCP. */
  readyMs: number;
  /** Requests to any origin other than the page's own. */
  foreignRequests: string[];
  /** Cumulative layout shift from navigation until SETTLE_MS after ready (no input happens). */
  layoutShift: number;
}

export interface PageTiming {
  target: string;
  cpuRate: number;
  fcpMs: number;
  readyMs: number;
  /** The worst sample's: every load must stay still, not the median one. */
  layoutShift: number;
  samples: PageSample[];
  foreignRequests: string[];
}

const READY_TIMEOUT_MS = 60_000;
/** After ready, parts that load later (lazy controls) still have this long to move the page. */
const SETTLE_MS = 1000;

/** Ready when a button with this accessible name is attached and enabled, as getByRole sees it. */
export function buttonEnabled(name: string): PageTarget['waitUntilReady'] {
  return async (page) => {
    // Polled in the page every frame, so the time is the frame the button became usable, not when we looked.
    const handle = await page.waitForFunction(
      (wanted) => {
        for (const button of Array.from(document.querySelectorAll('button'))) {
          const label = button.getAttribute('aria-label') ?? button.textContent?.trim();
          if (label === wanted && button.isConnected && !button.disabled) return performance.now();
        }
        return false;
      },
      name,
      { polling: 'raf', timeout: READY_TIMEOUT_MS },
    );
    const readyMs = (await handle.jsonValue()) as number;
    // The accessible name is what a person (and the e2e tests) go by; the fast probe above must agree.
    const button = page.getByRole('button', { name, exact: true });
    if (!(await button.isEnabled())) throw new Error(`No enabled button named "${name}" by its role.`);
    return readyMs;
  };
}

/** Ready when an element matching the selector is in the document. */
export function elementPresent(selector: string): PageTarget['waitUntilReady'] {
  return async (page) => {
    const handle = await page.waitForFunction(
      (wanted) => (document.querySelector(wanted) ? performance.now() : false),
      selector,
      { polling: 'raf', timeout: READY_TIMEOUT_MS },
    );
    return (await handle.jsonValue()) as number;
  };
}

async function firstContentfulPaint(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? false,
    undefined,
    { timeout: READY_TIMEOUT_MS },
  );
  return (await handle.jsonValue()) as number;
}

/** Sums layout shifts as Chromium reports them, from the first one on (buffered). */
function observeLayoutShift() {
  const record = { total: 0 };
  Object.assign(window, { __benchLayoutShift: record });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
      record.total += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

async function sample(browser: Browser, target: PageTarget, cpuRate: number): Promise<PageSample> {
  const context = await browser.newContext();
  try {
    if (target.ownerUrl) await context.request.get(target.ownerUrl, { maxRedirects: 0 });
    const page = await context.newPage();
    const origin = new URL(target.url).origin;
    const foreignRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin) foreignRequests.push(url.href);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.addInitScript(observeLayoutShift);
    await page.goto(target.url, { waitUntil: 'commit' });
    const inDomMs = await target.waitUntilReady(page);
    const fcpMs = await firstContentfulPaint(page);
    await page.waitForTimeout(SETTLE_MS);
    const layoutShift = await page.evaluate(
      () => (window as unknown as { __benchLayoutShift?: { total: number } }).__benchLayoutShift?.total ?? 0,
    );
    // FCP is when the frame was shown; the DOM can be ready a frame earlier. Nobody uses an unpainted button.
    return { fcpMs, readyMs: Math.max(inDomMs, fcpMs), foreignRequests, layoutShift };
  } finally {
    await context.close();
  }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

/** Median FCP and ready time of each target at each CPU rate, over `runs` fresh contexts. */
export async function measurePages(
  browser: Browser,
  targets: PageTarget[],
  options: { cpuRates: number[]; runs: number },
): Promise<PageTiming[]> {
  // One discarded load each: the servers' file reads and the browser's own start-up are not the page's cost.
  for (const target of targets) await sample(browser, target, 1);
  const timings: PageTiming[] = [];
  for (const cpuRate of options.cpuRates) {
    const samples = new Map<string, PageSample[]>(targets.map((target) => [target.name, []]));
    for (let run = 0; run < options.runs; run++) {
      for (const target of targets) samples.get(target.name)!.push(await sample(browser, target, cpuRate));
    }
    for (const target of targets) {
      const taken = samples.get(target.name)!;
      timings.push({
        target: target.name,
        cpuRate,
        fcpMs: median(taken.map((one) => one.fcpMs)),
        readyMs: median(taken.map((one) => one.readyMs)),
        layoutShift: Math.max(...taken.map((one) => one.layoutShift)),
        samples: taken,
        foreignRequests: [...new Set(taken.flatMap((one) => one.foreignRequests))],
      });
    }
  }
  return timings;
}
