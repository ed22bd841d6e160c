// Requests to the app's proxy wait here until whatever answers them is ready. In live mode that is the
// server, always ready. In demo mode it is the service worker, which start-up starts once the page has been
// built (src/app/start-page.tsx), so that starting it never holds back the page: a cell run before then
// asks for it at once and waits for it, rather than reaching the server.

let gate: Promise<void> = Promise.resolve();
let startNow: (() => void) | undefined;

/**
 * Holds every later proxy request until `ready` settles (fulfilled or not: a failure is reported elsewhere).
 * `start` is called when a request comes before then, so whatever `ready` waits for can begin at once.
 */
export function holdProxyRequestsUntil(ready: Promise<unknown>, start?: () => void): void {
  startNow = start;
  gate = ready.then(
    () => undefined,
    () => undefined,
  );
}

/** Resolves when a proxy request may be sent. */
export function proxyReady(): Promise<void> {
  startNow?.();
  return gate;
}
