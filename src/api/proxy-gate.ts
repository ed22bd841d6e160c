// Requests to the app's proxy wait here until whatever answers them is ready. In live mode that is the
// server, always ready. In demo mode it is the service worker, which start-up starts once the notebook is on
// screen (src/app/start-page.tsx), so that starting it never holds back the page: a cell run in that moment
// waits for it rather than reaching the server.

let gate: Promise<void> = Promise.resolve();

/** Holds every later proxy request until `ready` settles (fulfilled or not: a failure is reported elsewhere). */
export function holdProxyRequestsUntil(ready: Promise<unknown>): void {
  gate = ready.then(
    () => undefined,
    () => undefined,
  );
}

/** Resolves when a proxy request may be sent. */
export function proxyReady(): Promise<void> {
  return gate;
}
