import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configQueryOptions } from './api/get-config.ts';
import { App, type Boot } from './app/app.tsx';
import { resolveMode } from './app/resolve-mode.ts';
import { isDashboardAddress } from './workshop/dashboard-address.ts';
import './app/app.css';

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
      const { startDemoWorker } = await import('./mocks/browser.ts');
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

const root = createRoot(document.getElementById('root')!);
const render = (boot?: Boot) =>
  root.render(
    <StrictMode>
      <App queryClient={queryClient} boot={boot} />
    </StrictMode>,
  );

if (isDashboardAddress(window.location.search)) {
  // The workshop dashboard alone (the owner's second screen): no notebook, no start-up, a chunk of its own.
  void import('./workshop/dashboard-page.tsx').then(({ DashboardPage }) =>
    root.render(
      <StrictMode>
        <DashboardPage />
      </StrictMode>,
    ),
  );
} else {
  // The guide paints at once; its cells become runnable when start-up has finished.
  render();
  void start()
    .catch((): Boot => ({
      mode: { mode: 'live', reason: 'Start-up could not read the server’s configuration.' },
      config: null,
      notice: 'The app could not finish starting; reload the page to try again.',
    }))
    .then(render);
}
