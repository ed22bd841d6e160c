import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { DEFAULT_HOST_URL, type ConfigResponse } from '../api/contract.ts';
import { cellGraph } from '../guides/active-guide.ts';
import { NotebookProvider, useNotebook } from '../notebook/notebook-context.tsx';
import { guideSections } from '../content/guide.ts';
import { ExportActions } from '../export/export-actions.tsx';
import { GuideView } from '../content/guide-view.tsx';
import { PresenterProvider } from '../presenter/presenter-context.tsx';
import { PresenterControls, PresenterView } from '../presenter/presenter-controls.tsx';
import { ResultFocus } from '../shell/result-focus.tsx';
import { LazyWorkshopNotice } from '../workshop/lazy-workshop-notice.tsx';
import { ShellControls } from '../shell/shell-controls.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { ModeSwitch } from './mode-switch.tsx';
import type { AppMode, ModeDecision } from './resolve-mode.ts';
import { EarlierResultsProvider } from './earlier-results-provider.tsx';
import { TableOfContents } from './table-of-contents.tsx';
import { NotebookToolbar } from './notebook-toolbar.tsx';

const DemoControls = lazy(() =>
  import('../mocks/demo-controls.tsx').then((module) => ({ default: module.DemoControls })),
);

/** What start-up found out: the mode, the server's configuration (null without a proxy), any notice. */
export interface Boot {
  mode: ModeDecision;
  config: ConfigResponse | null;
  notice?: string;
}

/**
 * The notebook. It first renders with `boot` undefined, so the guide paints while start-up asks the server
 * for its configuration (and, in demo mode, starts the service worker); the cells run once `boot` arrives.
 */
export function App({ queryClient, boot }: { queryClient: QueryClient; boot?: Boot }) {
  useScrollToHashOnLoad();
  const config = boot?.config ?? null;
  const notice = boot?.notice;
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <NotebookProvider
          config={config}
          graph={cellGraph}
          ready={boot !== undefined}
          simulated={boot?.mode.mode === 'demo'}
        >
          <EarlierResultsProvider>
            <PresenterProvider>
              <ResultFocus />
              <a className="skip-link" href="#main">
                Skip to the guide
              </a>
              {/* The top bar holds what to do first (Run all) and the mode; every part of it is rendered, at its
                final size, before start-up ends, so nothing below it moves when the mode arrives. */}
              <header className="topbar">
                <div className="topbar__title">
                  <p className="topbar__eyebrow">NVIDIA MONAI Cloud APIs</p>
                  <h1>Credentials Notebook</h1>
                </div>
                <ModeSwitch decision={boot?.mode} hostUrl={config?.hostUrl} />
                <NotebookToolbar />
              </header>
              {notice && (
                <p className="notice" role="status">
                  {notice}
                </p>
              )}
              <div className="layout">
                <div className="sidebar">
                  <TableOfContents />
                  {/* Used now and then, not first: under the contents, out of the top bar, so they do not
                    compete with Run all. */}
                  <section className="tools" aria-label="Tools">
                    <h2 className="tools__title">Tools</h2>
                    <PresenterControls />
                    <ShellControls />
                    <NotebookExport mode={boot?.mode.mode} />
                    {boot?.mode.mode === 'demo' && (
                      <Suspense fallback={null}>
                        <DemoControls />
                      </Suspense>
                    )}
                  </section>
                </div>
                <main id="main" className="guide" tabIndex={-1}>
                  <GuideView />
                  <PresenterView mode={boot?.mode.mode} />
                </main>
              </div>
              <LazyWorkshopNotice mode={boot?.mode.mode} />
            </PresenterProvider>
          </EarlierResultsProvider>
        </NotebookProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

/** The page renders after start-up, too late for the browser's own jump to #anchor: do it once rendered. */
function useScrollToHashOnLoad() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
}

function NotebookExport({ mode = 'live' }: { mode?: AppMode }) {
  const { state, config } = useNotebook();
  return (
    <ExportActions
      state={state}
      sections={guideSections}
      mode={mode}
      hostUrl={config?.hostUrl ?? DEFAULT_HOST_URL}
    />
  );
}
