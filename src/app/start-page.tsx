// Starts the page main.tsx asked for: the notebook (hydrating the first screen the build wrote into
// index.html), the speaker view, or the workshop dashboard.
import { QueryClient } from '@tanstack/react-query';
import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { configQueryOptions } from '../api/get-config.ts';
import type { Boot } from './app.tsx';
import { notebookPage } from './notebook-page.tsx';
import { resolveMode } from './resolve-mode.ts';
import { speakerRequested } from '../presenter/presenter-url.ts';
import { isDashboardAddress } from '../workshop/dashboard-address.ts';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, networkMode: 'always' }, mutations: { networkMode: 'always' } },
});

/** Resolves after the browser has painted the next frame: rAF runs just before a paint, a task after it. */
const afterNextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Asks the server for its configuration, picks the mode, and in demo mode starts the service worker. */
async function start(): Promise<Boot> {
  const search = window.location.search;
  const configQuery = configQueryOptions();
  const serverConfig = await queryClient.fetchQuery(configQuery);
  const decision = resolveMode(search, serverConfig);
  if (decision.mode === 'demo') {
    try {
      // Loaded only in demo mode (live mode never downloads msw), and only once the guide has painted, so
      // its download and start-up never hold back the first paint.
      await afterNextPaint();
      const { startDemoWorker } = await import('../mocks/browser.ts');
      const demoConfig = await startDemoWorker(search);
      // What the worker would answer to /proxy/config: put it in the cache rather than ask a second time.
      queryClient.setQueryData(configQuery.queryKey, demoConfig);
      return { mode: decision, config: demoConfig };
    } catch {
      // Service workers need https or localhost; a workshop served over plain http on a LAN address has none.
      return {
        mode: { mode: 'live', reason: 'Demo mode was unavailable here.' },
        config: serverConfig,
        notice:
          'Demo mode could not start: browsers allow its service worker only on https or localhost. Showing live mode instead.',
      };
    }
  }
  return { mode: decision, config: serverConfig };
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

  const boot = start().catch(
    (): Boot => ({
      mode: { mode: 'live', reason: 'Start-up could not read the server’s configuration.' },
      config: null,
      notice: 'The app could not finish starting; reload the page to try again.',
    }),
  );
  // An update before hydration has finished would make React throw the HTML away and build it again.
  void Promise.all([boot, hydrated]).then(([ready]) =>
    startTransition(() => root.render(notebookPage(queryClient, ready))),
  );
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
