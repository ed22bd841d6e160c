// The servers every spec runs against, started on free ports and closed by Playwright: per worker, a fake
// MONAI API and the real app server (its proxy pointed at the fake); per test, extra servers with other
// settings. The page object is a fixture too, so specs read as what a user does.
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeUpstream, type FakeUpstream } from '../server/fake-upstream.ts';
import { startAppServer } from '../server/start.ts';
import { startDevServer } from '../server/dev-test-server.ts';
import { closedPortUrl, startStaticServer } from './static-server.ts';
import { NotebookPage } from './notebook-page.ts';

export { expect };

/** A well-formed personal key (nvapi- and 64 characters) that the fake upstream accepts. */
export const SERVER_KEY = `nvapi-${'E2eServerKey0123456789'.repeat(3).slice(0, 64)}`;
/** Another well-formed personal key, for the "paste your own key" paths. */
export const PASTED_KEY = `nvapi-${'PastedByTheLearner_abcXYZ-789'.repeat(3).slice(0, 64)}`;
/** The proxy's time limit in the live app: short, so the timeout card appears quickly. */
export const TIMEOUT_MS = 1500;

// E2E_DIST_DIR lets a run use its own build while someone else rebuilds dist/ in the same tree.
const DIST_DIR = process.env.E2E_DIST_DIR
  ? resolve(process.env.E2E_DIST_DIR)
  : fileURLToPath(new URL('../dist', import.meta.url));

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface AppServer extends RunningServer {
  /** The proxy's request log lines, kept in memory instead of printed. */
  log: string[];
  /** The owner link the server prints when it has a key; undefined without one. */
  ownerUrl: string | undefined;
}

type ServerEnvVars = Record<string, string | undefined>;

/** The app server's settings for tests; `overrides` replace them, an `undefined` value removes one. */
function appEnv(overrides: ServerEnvVars): Record<string, string> {
  const env: ServerEnvVars = {
    MONAI_TIMEOUT_MS: String(TIMEOUT_MS),
    // The live specs log in far more often than a learner would; the limiter has its own unit tests.
    MONAI_LOGIN_RATE_LIMIT: 'off',
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** Which server the app fixtures start: the build under `npm start`, or `npm run dev` (the dev project). */
export type Serve = 'build' | 'dev';

async function startApp(overrides: ServerEnvVars, serve: Serve): Promise<AppServer> {
  if (serve === 'dev') return { ...(await startDevServer(appEnv(overrides))), log: [] };
  if (!existsSync(`${DIST_DIR}/index.html`)) {
    throw new Error(`No build in ${DIST_DIR}: run \`npx vite build\` first (npm run test:e2e does).`);
  }
  const log: string[] = [];
  const app = await startAppServer({
    env: appEnv(overrides),
    distDir: DIST_DIR,
    port: 0,
    host: '127.0.0.1',
    log: (entry) => log.push(JSON.stringify(entry)),
  });
  return { url: app.url, ownerUrl: app.ownerUrl, close: () => app.close(), log };
}

interface WorkerFixtures {
  serve: Serve;
  fakeUpstream: FakeUpstream;
  /** The app in live mode: the server holds SERVER_KEY and its proxy talks to the fake upstream. */
  liveApp: AppServer;
  /**
   * The app as the README's first `npm run dev` starts it: no MONAI_API_KEY and no MONAI_HOST_URL, so it
   * opens in demo mode (a server started with MONAI_HOST_URL opens in live mode and asks for a key).
   */
  keylessApp: AppServer;
}

interface TestFixtures {
  /** Puts the fake back to 'valid' before every test, whatever the last one chose. */
  validScenario: void;
  /**
   * Opens liveApp's owner link in this test's browser context first, as the person who started the server
   * does from the terminal: the browser gets the owner cookie that lets it use the server's key.
   */
  ownerOfLiveApp: void;
  /** Starts an app server with other settings for this test only, e.g. `{ MONAI_HOST_URL: closedPortUrl() }`. */
  startExtraApp: (env: ServerEnvVars) => Promise<AppServer>;
  /** Serves dist/ as plain files, without the proxy, as a static host would. */
  staticApp: RunningServer;
  notebook: NotebookPage;
}

/** Opens the app's owner link (if it has one) in the context, which keeps the cookie it sets. */
export async function openOwnerLink(context: BrowserContext, app: AppServer): Promise<void> {
  if (app.ownerUrl === undefined) return;
  const answer = await context.request.get(app.ownerUrl, { maxRedirects: 0 });
  if (answer.status() !== 303) throw new Error(`The owner link answered ${answer.status()}, not 303.`);
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  serve: ['build', { option: true, scope: 'worker' }],

  fakeUpstream: [
    async ({}, use) => {
      const fake = await startFakeUpstream({ port: 0, scenario: 'valid' });
      await use(fake);
      await fake.close();
    },
    { scope: 'worker' },
  ],

  liveApp: [
    async ({ fakeUpstream, serve }, use) => {
      const app = await startApp({ MONAI_HOST_URL: fakeUpstream.url, MONAI_API_KEY: SERVER_KEY }, serve);
      await use(app);
      await app.close();
    },
    { scope: 'worker' },
  ],

  keylessApp: [
    async ({ serve }, use) => {
      const app = await startApp({ MONAI_HOST_URL: undefined, MONAI_API_KEY: undefined }, serve);
      await use(app);
      await app.close();
    },
    { scope: 'worker' },
  ],

  validScenario: [
    async ({ fakeUpstream }, use) => {
      fakeUpstream.setScenario('valid');
      await use();
    },
    { auto: true },
  ],

  ownerOfLiveApp: [
    async ({ context, liveApp }, use) => {
      await openOwnerLink(context, liveApp);
      await use();
    },
    { auto: true },
  ],

  startExtraApp: async ({ fakeUpstream, context, serve }, use) => {
    const started: AppServer[] = [];
    await use(async (env) => {
      const app = await startApp({ MONAI_HOST_URL: fakeUpstream.url, ...env }, serve);
      started.push(app);
      await openOwnerLink(context, app);
      return app;
    });
    await Promise.all(started.map((app) => app.close()));
  },

  staticApp: async ({}, use) => {
    const server = await startStaticServer(DIST_DIR);
    await use(server);
    await server.close();
  },

  notebook: async ({ page }, use) => {
    await use(new NotebookPage(page));
  },
});

export { closedPortUrl };
