// The system Chromium that the e2e tests, the benchmark and the screenshots run in, and how it is started.

/** CHROMIUM_PATH names another build (e.g. one from `npx playwright install chromium`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// The network is closed: without these, Chromium's own background connections fail noisily.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
