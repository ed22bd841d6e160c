// Requests to the app's proxy wait here until whatever answers them is ready. In live mode that is the
// server, always ready. In demo mode it is the service worker, which start-up starts once the page has been
// built (src/app/start-page.tsx), so that starting it never holds back the page: a cell run before then
// starts it at once and waits for it, rather than reaching the server.

let ready: () => Promise<unknown> = () => Promise.resolve();

/**
 * Every later proxy request first calls `whenReady` and waits for it to settle (fulfilled or not: a failure is
 * reported elsewhere). `whenReady` starts what it waits for, if nobody has yet, and returns the same promise
 * each time.
 */
export function holdProxyRequestsUntil(whenReady: () => Promise<unknown>): void {
  ready = whenReady;
}

/** Resolves when a proxy request may be sent. */
export function proxyReady(): Promise<void> {
  return ready().then(
    () => undefined,
    () => undefined,
  );
}
