import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { DEFAULT_HOST_URL, type ConfigResponse } from '../api/contract.ts';
import { NotebookProvider, useNotebook } from '../cells/notebook-context.tsx';
import { guideSections } from '../content/guide.ts';
import { ExportActions } from '../export/export-actions.tsx';
import { GuideView } from '../content/guide-view.tsx';
import { PresenterProvider } from '../presenter/presenter-context.tsx';
import { PresenterControls, PresenterView } from '../presenter/presenter-controls.tsx';
import { ResultFocus } from '../shell/result-focus.tsx';
import { ShellControls } from '../shell/shell-controls.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { ModeSwitch } from './mode-switch.tsx';
import type { AppMode, ModeDecision } from './resolve-mode.ts';
import { TableOfContents } from './table-of-contents.tsx';
import { NotebookToolbar } from './notebook-toolbar.tsx';

const DemoControls = lazy(() =>
  import('../mocks/demo-controls.tsx').then((module) => ({ default: module.DemoControls })),
);

export function App({
  queryClient,
  mode,
  config,
  notice,
}: {
  queryClient: QueryClient;
  mode: ModeDecision;
  config: ConfigResponse | null;
  notice?: string;
}) {
  useScrollToHashOnLoad();
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <NotebookProvider config={config}>
          <PresenterProvider>
            <ResultFocus />
            <a className="skip-link" href="#main">
              Skip to the guide
            </a>
            <header className="topbar">
              <div className="topbar__title">
                <p className="topbar__eyebrow">NVIDIA MONAI Cloud APIs</p>
                <h1>Credentials Notebook</h1>
              </div>
              <ModeSwitch decision={mode} hostUrl={config?.hostUrl} />
              <NotebookToolbar />
              <NotebookExport mode={mode.mode} />
              {mode.mode === 'demo' && (
                <Suspense fallback={null}>
                  <DemoControls />
                </Suspense>
              )}
              <PresenterControls />
              <ShellControls />
            </header>
            {notice && (
              <p className="notice" role="status">
                {notice}
              </p>
            )}
            <div className="layout">
              <TableOfContents />
              <main id="main" className="guide" tabIndex={-1}>
                <GuideView />
                <PresenterView sections={guideSections} />
              </main>
            </div>
          </PresenterProvider>
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

function NotebookExport({ mode }: { mode: AppMode }) {
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
