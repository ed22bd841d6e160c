import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  use,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { DEFAULT_ORG, type ConfigResponse } from '../api/contract.ts';
import { downstreamCells, missingDependencies } from './cell-graph.ts';
import { cellRunners } from './cell-runners.ts';
import { cellTitles } from './cell-titles.ts';
import { createNotebookStore, type NotebookStore } from './notebook-store.ts';
import {
  cellIds,
  initialNotebookState,
  type CellId,
  type NotebookInputs,
  type NotebookState,
} from './notebook-state.ts';

export interface Notebook {
  state: NotebookState;
  config: ConfigResponse | null;
  /** False while the app is starting (mode and server configuration not known yet): nothing runs. */
  ready: boolean;
  /** Runs one cell; resolves to whether it succeeded. */
  runCell(id: CellId): Promise<boolean>;
  /** Accepts a key of an unknown shape (Configure's warning) and sends it: Configure, then Login. */
  sendKeyAnyway(): Promise<boolean>;
  /** Runs the cells `id` needs that have not run, then `id`, stopping at the first failure. */
  runWithDependencies(id: CellId): Promise<boolean>;
  runAll(): Promise<boolean>;
  /** Re-runs, in order, the cells whose outputs came from a value that has changed since. */
  runStale(): Promise<boolean>;
  /** Logs in again and re-runs every cell after Login (the Refreshing section's button). */
  refreshCredentials(): Promise<boolean>;
  restart(): void;
  /** Restart, and forget what was typed too: the key, the org and the key choice. */
  resetInputs(): void;
  setInputs(inputs: Partial<NotebookInputs>): void;
}

const NotebookContext = createContext<Notebook | null>(null);

export function NotebookProvider({
  config,
  ready = true,
  initialInputs,
  children,
}: {
  config: ConfigResponse | null;
  /** The page paints before start-up ends; until then the cells are shown but cannot run. */
  ready?: boolean;
  initialInputs?: Partial<NotebookInputs>;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const [store] = useState<NotebookStore>(() =>
    createNotebookStore(initialNotebookState({ ...initialInputsFor(config), ...initialInputs })),
  );
  const state = useSyncExternalStore(store.subscribe, store.getState);

  // The server's key is the default choice once start-up finds one, unless the learner has chosen already.
  const serverKeyUsable = Boolean(config?.serverKey.set && config.serverKey.usable);
  useEffect(() => {
    const { inputs } = store.getState();
    if (serverKeyUsable && inputs.keySource === 'pasted' && inputs.pastedKey === '') {
      store.dispatch({ type: 'input-changed', inputs: { keySource: 'server' } });
    }
  }, [store, serverKeyUsable]);

  const notebook = useMemo<Notebook>(() => {
    const runCell = async (id: CellId) => {
      if (!ready || store.getState().cells[id].status === 'running') return false;
      const generation = store.generation();
      store.dispatch({ type: 'run-started', id });
      const missing = missingDependencies(id, store.getState());
      const result =
        missing.length > 0
          ? {
              ok: false as const,
              failure: {
                kind: 'missing-dependencies' as const,
                missing: missing.map((cell) => ({ id: cell, title: cellTitles[cell] })),
              },
            }
          : await cellRunners[id]({
              state: store.getState(),
              config,
              queryClient,
              nowSeconds: Date.now() / 1000,
            });
      // A restart while the request was in flight wins: its result belongs to the old kernel.
      if (generation !== store.generation()) return false;
      if (result.ok) store.dispatch({ type: 'run-succeeded', id, output: result.output, vars: result.vars });
      else store.dispatch({ type: 'run-failed', id, failure: result.failure, clearVars: result.clearVars });
      return result.ok;
    };
    const runSequence = async (ids: CellId[]) => {
      for (const id of ids) {
        if (!(await runCell(id))) return false;
      }
      return true;
    };
    return {
      state: store.getState(),
      config,
      ready,
      runCell,
      runWithDependencies: (id) => runSequence([...missingDependencies(id, store.getState()), id]),
      runAll: () => runSequence([...cellIds]),
      sendKeyAnyway: () => {
        store.dispatch({ type: 'input-changed', inputs: { acceptUnknownKeyShape: true } });
        return runSequence([...missingDependencies('configure', store.getState()), 'configure', 'login']);
      },
      runStale: () => {
        const stale = cellIds.filter((id) => store.getState().cells[id].stale);
        const first = stale[0];
        return first
          ? runSequence([...missingDependencies(first, store.getState()), ...stale])
          : Promise.resolve(true);
      },
      refreshCredentials: () =>
        runSequence([
          ...missingDependencies('login', store.getState()),
          'login',
          ...downstreamCells('login'),
        ]),
      restart: () => store.dispatch({ type: 'restart' }),
      resetInputs: () => {
        store.dispatch({ type: 'restart' });
        store.dispatch({ type: 'input-changed', inputs: initialInputsFor(config) });
      },
      setInputs: (inputs) => store.dispatch({ type: 'input-changed', inputs }),
    };
  }, [store, config, ready, queryClient]);

  const value = useMemo(() => ({ ...notebook, state }), [notebook, state]);
  return <NotebookContext value={value}>{children}</NotebookContext>;
}

function initialInputsFor(config: ConfigResponse | null): NotebookInputs {
  const keySource = config?.serverKey.set && config.serverKey.usable ? 'server' : 'pasted';
  return { keySource, pastedKey: '', org: DEFAULT_ORG, acceptUnknownKeyShape: false };
}

export function useNotebook(): Notebook {
  const notebook = use(NotebookContext);
  if (!notebook) throw new Error('useNotebook must be used inside <NotebookProvider>.');
  return notebook;
}
