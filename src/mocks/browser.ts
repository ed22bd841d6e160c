import { setupWorker } from 'msw/browser';
import type { ConfigResponse } from '../api/contract.ts';
import { createDemoHandlers, demoConfig } from './handlers.ts';
import { demoScenarioState, isDemoScenario } from './demo-scenarios.ts';

/** Starts demo mode: the service worker answers the proxy's routes in the browser, offline. */
export async function startDemoWorker(search: string): Promise<ConfigResponse> {
  const asked = new URLSearchParams(search).get('scenario');
  if (isDemoScenario(asked)) demoScenarioState.set(asked);
  const worker = setupWorker(...createDemoHandlers(demoScenarioState.get));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
  });
  return demoConfig;
}
