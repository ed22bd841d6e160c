// Starts the page main.tsx asked for: the notebook (hydrating the first screen the build wrote into
// index.html), the speaker view, or the workshop dashboard.
import { QueryClient } from '@tanstack/react-query';
import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { configQueryOptions } from '../api/get-config.ts';
import { holdProxyRequestsUntil } from '../api/proxy-gate.ts';
import { guideDrawn } from '../content/guide-drawn.ts';
import type { Boot } from './app.tsx';
import { notebookPage } from './notebook-page.tsx';
import { resolveMode } from './resolve-mode.ts';
import { speakerRequested } from '../presenter/presenter-url.ts';
import { isDashboardAddress } from '../workshop/dashboard-address.ts';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, networkMode: 'always' }, mutations: { networkMode: 'always' } },
});

/** Resolves when the browser has a moment with nothing else to do (or after `longest` ms at most). */
const whenIdle = (longest: number) =>
  new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: longest });
    else setTimeout(resolve, 0);
  });

const INSECURE_NOTICE =
  'Could not start demo mode: browsers allow its service worker only on https or localhost. Showing live mode instead.';
const WORKER_FAILED_NOTICE =
  'Could not start demo mode’s service worker (the app’s server did not answer, or this browser refuses service workers here). Showing live mode instead; reload the page to try demo mode again.';

/** What the notebook shows when demo mode's service worker cannot run here. */
function demoUnavailable(serverConfig: Boot['config'], notice: string): Boot {
  return { mode: { mode: 'live', reason: 'Demo mode was unavailable here.' }, config: serverConfig, notice };
}

/**
 * Asks the server for its configuration and picks the mode. In demo mode the cells can run at once: the
 * service worker that answers them starts once the page is built (prepareDemoWorker), and a run before then
 * starts it and waits for it (src/api/proxy-gate.ts).
 */
async function start(): Promise<{ boot: Boot; serverConfig: Boot['config'] }> {
  const search = window.location.search;
  const configQuery = configQueryOptions();
  const serverConfig = await queryClient.fetchQuery(configQuery);
  const decision = resolveMode(search, serverConfig);
  if (decision.mode !== 'demo') return { boot: { mode: decision, config: serverConfig }, serverConfig };
  // Service workers need https or localhost; a workshop served over plain http on a LAN address has none.
  if (!window.isSecureContext || !('serviceWorker' in navigator)) {
    return { boot: demoUnavailable(serverConfig, INSECURE_NOTICE), serverConfig };
  }
  const [{ demoConfig }, { demoScenarioState, isDemoScenario }] = await Promise.all([
    import('../mocks/demo-config.ts'),
    import('../mocks/demo-scenarios.ts'),
  ]);
  const asked = new URLSearchParams(search).get('scenario');
  if (isDemoScenario(asked)) demoScenarioState.set(asked);
  // What the worker would answer to /proxy/config: put it in the cache rather than ask a second time.
  queryClient.setQueryData(configQuery.queryKey, demoConfig);
  return { boot: { mode: decision, config: demoConfig }, serverConfig };
}

/**
 * In demo mode, the service worker starts once the whole guide is on the page and the browser is idle (a
 * run asks for it sooner: proxy requests wait for it), so neither loading msw nor the worker's start-up (a
 * thread of its own, on a small machine's two cores) competes with building the page. If it cannot start (a
 * browser that refuses service workers here), the notebook switches to live mode and says why, as it would
 * at start-up. Called in the same task as the boot render, so no cell can run before the gate is in place.
 */
function prepareDemoWorker(root: Root, serverConfig: Boot['config']): void {
  let worker: Promise<void> | undefined;
  const startWorker = () =>
    (worker ??= import('../mocks/browser.ts')
      .then(({ startDemoWorker }) => startDemoWorker())
      .catch(() => {
        queryClient.setQueryData(configQueryOptions().queryKey, serverConfig);
        startTransition(() =>
          root.render(notebookPage(queryClient, demoUnavailable(serverConfig, WORKER_FAILED_NOTICE))),
        );
      }));
  holdProxyRequestsUntil(startWorker);
  const longestWait = new Promise<void>((resolve) => setTimeout(resolve, 3_000));
  void Promise.race([guideDrawn, longestWait])
    .then(() => whenIdle(1_000))
    .then(startWorker);
}

// The speaker view (presenter mode's second window): its own small page, no cells, no start-up.
const SpeakerView = lazy(() =>
  import('../presenter/speaker-view.tsx').then((module) => ({ default: module.SpeakerView })),
);

const container = document.getElementById('root')!;

/** The other pages start from an empty root (main.tsx has emptied the built notebook's first screen). */
function emptyRoot(): Root {
  container.replaceChildren();
  return createRoot(container);
}

if (speakerRequested(window.location.search)) {
  emptyRoot().render(
    <StrictMode>
      <Suspense fallback={null}>
        <SpeakerView />
      </Suspense>
    </StrictMode>,
  );
} else if (isDashboardAddress(window.location.search)) {
  // The workshop dashboard alone (the owner's second screen): no notebook, no start-up, a chunk of its own.
  const root = emptyRoot();
  void import('../workshop/dashboard-page.tsx').then(({ DashboardPage }) =>
    root.render(
      <StrictMode>
        <DashboardPage />
      </StrictMode>,
    ),
  );
} else {
  // The guide paints at once (from the HTML when the build pre-rendered it); its cells become runnable when
  // start-up has finished. Both renders are transitions, so React builds the page in slices that let the
  // browser paint and answer input between them rather than in one long task.
  const { root, hydrated } = mountNotebook();

  const started = start().catch(() => ({
    boot: {
      mode: { mode: 'live', reason: 'Start-up could not read the server’s configuration.' },
      config: null,
      notice: 'The app could not finish starting; reload the page to try again.',
    } satisfies Boot,
    serverConfig: null,
  }));
  // An update before hydration has finished would make React throw the HTML away and build it again.
  void Promise.all([started, hydrated]).then(([{ boot, serverConfig }]) => {
    startTransition(() => root.render(notebookPage(queryClient, boot)));
    if (boot.mode.mode === 'demo') prepareDemoWorker(root, serverConfig);
  });
}

/** Hydrates the pre-rendered first screen, or (`npm run dev`, which serves an empty root) renders it. */
function mountNotebook(): { root: Root; hydrated: Promise<void> } {
  if (!container.hasChildNodes()) {
    const root = createRoot(container);
    startTransition(() => root.render(notebookPage(queryClient)));
    return { root, hydrated: Promise.resolve() };
  }
  let root: Root | undefined;
  const hydrated = new Promise<void>((resolve) => {
    startTransition(() => {
      root = hydrateRoot(container, notebookPage(queryClient, undefined, resolve), {
        // A page whose first render differs from the built one (a deep link draws every section; a presenter
        // link draws slides) is built again in the browser: expected, and nothing the reader needs to see.
        onRecoverableError: () => {},
      });
    });
  });
  return { root: { render: (el) => root!.render(el), unmount: () => root!.unmount() }, hydrated };
}
