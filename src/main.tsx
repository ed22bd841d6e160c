import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { configQueryOptions } from './api/get-config.ts';
import { App } from './app/app.tsx';
import { resolveMode, type ModeDecision } from './app/resolve-mode.ts';
import { loadTroubleshooting } from './cells/lazy-troubleshooting-card.tsx';
import './app/app.css';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, networkMode: 'always' }, mutations: { networkMode: 'always' } },
});

async function boot() {
  const search = window.location.search;
  const serverConfig = await queryClient.fetchQuery(configQueryOptions());
  let decision: ModeDecision = resolveMode(search, serverConfig);
  let notice: string | undefined;
  if (decision.mode === 'demo') {
    try {
      // Loaded only in demo mode: live mode never downloads msw.
      const { startDemoWorker } = await import('./mocks/browser.ts');
      await startDemoWorker(search);
      queryClient.removeQueries({ queryKey: configQueryOptions().queryKey });
    } catch {
      // Service workers need https or localhost; a workshop served over plain http on a LAN address has none.
      notice =
        'Demo mode could not start: browsers allow its service worker only on https or localhost. Showing live mode instead.';
      decision = { mode: 'live', reason: 'Demo mode was unavailable here.' };
    }
  }
  const config = await queryClient.fetchQuery(configQueryOptions());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} mode={decision} config={config} notice={notice} />
    </StrictMode>,
  );
}

void boot().then(() => {
  // Fetch the troubleshooting cards once the page is idle, so a failure shows its card without a wait.
  const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1500));
  idle(() => void loadTroubleshooting());
});
