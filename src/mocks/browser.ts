import { setupWorker } from 'msw/browser';
import { createDemoHandlers } from './handlers.ts';
import { demoScenarioState } from './demo-scenarios.ts';

/** Starts demo mode's service worker: it answers the proxy's routes in the browser, offline. */
export async function startDemoWorker(): Promise<void> {
  const worker = setupWorker(...createDemoHandlers(demoScenarioState.get));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
}
