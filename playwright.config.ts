import { defineConfig } from '@playwright/test';
import type { Serve } from './e2e/fixtures.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.ts';

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  },
};

// The app servers and the fake upstream are started by fixtures (e2e/fixtures.ts), one set per worker, on free
// ports: there is no webServer block. `npm run test:e2e` builds dist/ first.
export default defineConfig<object, { serve: Serve }>({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The machine has 2 cores; more workers only make each browser slower.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    headless: true,
    trace: 'retain-on-failure',
  },
  projects: [
    // Every spec, against the build (`npm start`).
    { name: 'chromium', use: { ...chromium, serve: 'build' } },
    // The specs tagged @smoke, against `npm run dev`, the command the README gives newcomers: React's
    // StrictMode and Vite's module-by-module serving only happen there.
    {
      name: 'dev',
      grep: /@smoke/,
      // Vite transforms each module on its first request, and the app's modules load after the entry's (the
      // build pre-renders the first screen; the dev server does not): a page takes seconds to show here.
      timeout: 60_000,
      expect: { timeout: 15_000 },
      use: { ...chromium, serve: 'dev' },
    },
  ],
});
