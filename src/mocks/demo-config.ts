// What demo mode's simulated server says about itself: its own module, so start-up can answer with it
// without loading msw (the service worker starts once the notebook is on screen: src/app/start-page.tsx).
import { DEFAULT_HOST_URL, DEFAULT_TIMEOUT_MS, type ConfigResponse } from '../api/contract.ts';
import { keyFingerprint } from '../secrets/mask.ts';

/** Stands in for the server's MONAI_API_KEY in demo mode. Not a secret: it only opens the demo. */
export const DEMO_SERVER_KEY = `nvapi-${'DemoKeyForTheCredentialsNotebook'.repeat(2)}`;

export const demoConfig: ConfigResponse = {
  hostUrl: DEFAULT_HOST_URL,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  serverKey: {
    set: true,
    fingerprint: keyFingerprint(DEMO_SERVER_KEY),
    kind: 'personal',
    problems: [],
    usable: true,
  },
};
