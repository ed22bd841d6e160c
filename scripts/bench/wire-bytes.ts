// Bytes an attendee's browser receives from `npm start`, by Chromium's own network accounting (CDP's
// encodedDataLength, as Playwright's request.sizes() reports it: headers plus the body as sent, compressed).
// A first visit is a fresh context; a repeat visit is the same context going to the same address again, so
// the HTTP cache and the demo's service worker are warm. In demo mode the service worker fetches some files
// itself: those requests are counted where they reach the network (the service worker's own requests), and
// the page's copy of them, served by the worker, is not.
import type { Browser, BrowserContext, Request } from '@playwright/test';
import type { PageTarget } from './page-timing.ts';

export interface FetchedFile {
  path: string;
  bytes: number;
  status: number;
  /** Fetched by the demo's service worker rather than by the page. */
  byServiceWorker: boolean;
}

export interface Visit {
  totalBytes: number;
  /** Received before the first cell could run. */
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

async function wireBytes(request: Request): Promise<number | null> {
  const response = await request.response();
  if (!response || response.fromServiceWorker()) return null;
  const sizes = await request.sizes();
  const total = sizes.responseHeadersSize + sizes.responseBodySize;
  // Chromium hands a service worker's script to the worker without counting its body; its
  // Content-Length is the compressed size the server sent.
  if (request.serviceWorker() && sizes.responseBodySize <= 0 && response.status() === 200) {
    const length = Number((await response.allHeaders())['content-length'] ?? 0);
    return sizes.responseHeadersSize + length;
  }
  // A cache hit reports a body of minus its headers: nothing crossed the wire.
  return Math.max(0, total);
}

async function visit(context: BrowserContext, target: PageTarget): Promise<Visit> {
  const pending: Promise<(FetchedFile & { at: number }) | null>[] = [];
  const onFinished = (request: Request) => {
    // When the last byte arrived, in wall-clock ms, as the browser timed it.
    const { startTime, responseEnd } = request.timing();
    const at = startTime + responseEnd;
    pending.push(
      wireBytes(request).then(async (bytes) =>
        bytes === null
          ? null
          : {
              path: new URL(request.url()).pathname + new URL(request.url()).search,
              bytes,
              status: (await request.response())?.status() ?? 0,
              byServiceWorker: request.serviceWorker() !== null,
              at,
            },
      ),
    );
  };
  context.on('requestfinished', onFinished);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(target.url, { waitUntil: 'commit' });
    const readyMs = await target.waitUntilReady(page);
    const readyAt = (await page.evaluate(() => performance.timeOrigin)) + readyMs;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(SETTLE_MS);
    const files = (await Promise.all(pending)).filter((file) => file !== null);
    const sum = (list: FetchedFile[]) => list.reduce((total, file) => total + file.bytes, 0);
    return {
      totalBytes: sum(files),
      untilReadyBytes: sum(files.filter((file) => file.at <= readyAt)),
      files: files.map(({ at: _at, ...file }) => file),
    };
  } finally {
    context.off('requestfinished', onFinished);
  }
}

/** A first and a repeat visit of each target, each target in its own fresh context. */
export async function measureWireBytes(browser: Browser, targets: PageTarget[]): Promise<ModeBytes[]> {
  const results: ModeBytes[] = [];
  for (const target of targets) {
    const context = await browser.newContext();
    try {
      const first = await visit(context, target);
      const repeat = await visit(context, target);
      results.push({ mode: target.name, first, repeat });
    } finally {
      await context.close();
    }
  }
  return results;
}
