// Bytes an attendee's browser receives from `npm start`. The totals are counted on the wire by a relay in
// front of the server (wire-relay.ts); each file is listed with Chromium's own accounting (CDP's
// encodedDataLength via Playwright's request.sizes(): headers plus the body as sent, compressed), which is
// exact for the page's requests. Requests the demo's service worker makes are listed without a size:
// Chromium reports those at full size even when its HTTP cache answered them.
// A first visit is a fresh context; a repeat visit is a new tab in the same context going to the same
// address, so the HTTP cache and the demo's service worker are warm.
import type { Browser, BrowserContext, Request } from '@playwright/test';
import type { PageTarget } from './page-timing.ts';
import type { WireRelay } from './wire-relay.ts';

export interface FetchedFile {
  path: string;
  /** Chromium's count; null for the service worker's own requests (see above). */
  bytes: number | null;
  /** Fetched by the demo's service worker rather than by the page. */
  byServiceWorker: boolean;
}

export interface Visit {
  /** Counted on the wire. */
  totalBytes: number;
  /** Counted on the wire until the first cell could run. */
  untilReadyBytes: number;
  files: FetchedFile[];
}

export interface ModeBytes {
  mode: string;
  first: Visit;
  repeat: Visit;
}

/** Everything after the first cell is runnable that starts within this quiet spell still counts. */
const SETTLE_MS = 3_000;

async function listed(request: Request): Promise<FetchedFile | null> {
  const response = await request.response();
  if (!response || response.fromServiceWorker()) return null;
  const path = new URL(request.url()).pathname + new URL(request.url()).search;
  if (request.serviceWorker()) return { path, bytes: null, byServiceWorker: true };
  const sizes = await request.sizes();
  // A cache hit reports a body of minus its headers: nothing crossed the wire.
  return {
    path,
    bytes: Math.max(0, sizes.responseHeadersSize + sizes.responseBodySize),
    byServiceWorker: false,
  };
}

async function visit(context: BrowserContext, target: PageTarget, relay: WireRelay): Promise<Visit> {
  const pending: Promise<FetchedFile | null>[] = [];
  const onFinished = (request: Request) => void pending.push(listed(request));
  context.on('requestfinished', onFinished);
  try {
    // A new tab each time: going to the address the tab already shows would be a reload.
    for (const open of context.pages()) await open.close();
    const page = await context.newPage();
    const before = relay.bytesToBrowser();
    await page.goto(target.url, { waitUntil: 'commit' });
    await target.waitUntilReady(page);
    const untilReadyBytes = relay.bytesToBrowser() - before;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    const files = (await Promise.all(pending)).filter((file) => file !== null);
    return { totalBytes: relay.bytesToBrowser() - before, untilReadyBytes, files };
  } finally {
    context.off('requestfinished', onFinished);
  }
}

/** A first and a repeat visit of each target (whose URL points at the relay), each in a fresh context. */
export async function measureWireBytes(
  browser: Browser,
  targets: PageTarget[],
  relay: WireRelay,
): Promise<ModeBytes[]> {
  const results: ModeBytes[] = [];
  for (const target of targets) {
    const context = await browser.newContext();
    try {
      const first = await visit(context, target, relay);
      const repeat = await visit(context, target, relay);
      results.push({ mode: target.name, first, repeat });
    } finally {
      await context.close();
    }
  }
  return results;
}
