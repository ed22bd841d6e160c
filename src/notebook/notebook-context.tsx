import { useMutation } from '@tanstack/react-query';
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
import type { CellDefinition, RunContext, RunResult } from './cell-definition.ts';
import type { CellGraph } from './cell-graph.ts';
import { loadTroubleshooting } from './lazy-troubleshooting-card.tsx';
import { createNotebookStore, type NotebookStore } from './notebook-store.ts';
import {
  cellState,
  initialNotebookState,
  type CellId,
  type NotebookInputs,
  type NotebookState,
} from './notebook-state.ts';

export interface Notebook {
  state: NotebookState;
  config: ConfigResponse | null;
  /** The guide's cells and the arrows between them. */
  graph: CellGraph;
  /** False while the app is starting (mode and server configuration not known yet): nothing runs. */
  ready: boolean;
  /** Demo mode: every answer is simulated in this tab and no key is checked; cells say so in their output. */
  simulated: boolean;
  /** Runs one cell; resolves to whether it succeeded. */
  runCell(id: CellId): Promise<boolean>;
  /** Aborts a running cell's request; the cell says it was cancelled. */
  cancelCell(id: CellId): void;
  /** Accepts a key of an unknown shape (a warning on `id`) and sends it: `id`, then the cells reading it. */
  sendKeyAnyway(id: CellId): Promise<boolean>;
  /** Runs the cells `id` needs that have not run, then `id`, stopping at the first failure. */
  runWithDependencies(id: CellId): Promise<boolean>;
  runAll(): Promise<boolean>;
  /** Re-runs, in order, the cells whose outputs came from a value that has changed since. */
  runStale(): Promise<boolean>;
  /** Runs `id` again and every cell after it (the Refreshing section's button). */
  rerunFrom(id: CellId): Promise<boolean>;
  restart(): void;
  /** Restart, and forget what was typed too: the key, the org and the key choice. */
  resetInputs(): void;
  setInputs(inputs: Partial<NotebookInputs>): void;
}

const NotebookContext = createContext<Notebook | null>(null);

interface CellRun {
  cell: CellDefinition;
  context: RunContext;
}

export function NotebookProvider({
  config,
  graph,
  ready = true,
  simulated = false,
  initialInputs,
  children,
}: {
  config: ConfigResponse | null;
  graph: CellGraph;
  /** The page paints before start-up ends; until then the cells are shown but cannot run. */
  ready?: boolean;
  /** Demo mode: the answers come from the simulated API. */
  simulated?: boolean;
  initialInputs?: Partial<NotebookInputs>;
  children: ReactNode;
}) {
  const [store] = useState<NotebookStore>(() =>
    createNotebookStore(
      graph,
      initialNotebookState(graph.ids, { ...initialInputsFor(config), ...initialInputs }),
    ),
  );
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  // Each run is a mutation. React Query gives mutations no AbortSignal, so every run gets its own
  // AbortController, which Cancel and Restart abort; the signal reaches fetch through the run's context.
  const { mutateAsync: runMutation } = useMutation<RunResult, Error, CellRun>({
    mutationKey: ['cell-run'],
    mutationFn: ({ cell, context }) => cell.run(context),
    // A pasted key is in the variables: drop the finished mutation from the cache at once.
    gcTime: 0,
    retry: false,
  });
  const [controllers] = useState(() => new Map<CellId, AbortController>());

  // The server's key is the default choice once start-up finds one, unless the learner has chosen already.
  const serverKeyUsable = Boolean(config?.serverKey.set && config.serverKey.usable);
  useEffect(() => {
    const { inputs } = store.getState();
    if (serverKeyUsable && inputs.keySource === 'pasted' && inputs.pastedKey === '') {
      store.dispatch({ type: 'input-changed', inputs: { keySource: 'server' } });
    }
  }, [store, serverKeyUsable]);

  const notebook = useMemo<Omit<Notebook, 'state'>>(() => {
    const runCell = async (id: CellId) => {
      const cell = graph.byId.get(id);
      if (!cell || !ready || cellState(store.getState(), id).status === 'running') return false;
      // Fetched alongside the first run's request; import() caches, so later runs cost nothing.
      void loadTroubleshooting();
      const generation = store.generation();
      const controller = new AbortController();
      controllers.set(id, controller);
      store.dispatch({ type: 'run-started', id });
      const missing = graph.missing(id, store.getState());
      const result: RunResult =
        missing.length > 0
          ? {
              ok: false,
              failure: {
                kind: 'missing-dependencies',
                missing: missing.map((other) => ({ id: other, title: graph.title(other) })),
              },
            }
          : await runMutation({
              cell,
              context: {
                state: store.getState(),
                config,
                nowSeconds: Date.now() / 1000,
                signal: controller.signal,
              },
            }).catch((error: unknown): RunResult => ({
              ok: false,
              failure: {
                kind: 'unexpected-error',
                message: error instanceof Error ? error.message : String(error),
              },
            }));
      if (controllers.get(id) === controller) controllers.delete(id);
      // A restart while the request was in flight wins: its result belongs to the old kernel.
      if (generation !== store.generation()) return false;
      if (controller.signal.aborted) {
        store.dispatch({ type: 'run-cancelled', id });
        return false;
      }
      if (result.ok) store.dispatch({ type: 'run-succeeded', id, output: result.output, vars: result.vars });
      else store.dispatch({ type: 'run-failed', id, failure: result.failure, clearVars: result.clearVars });
      return result.ok;
    };
    const runSequence = async (ids: readonly CellId[]) => {
      for (const id of ids) {
        if (!(await runCell(id))) return false;
      }
      return true;
    };
    const abortAll = () => {
      for (const controller of controllers.values()) controller.abort();
      controllers.clear();
    };
    return {
      config,
      graph,
      ready,
      simulated,
      runCell,
      cancelCell: (id) => controllers.get(id)?.abort(),
      runWithDependencies: (id) => runSequence([...graph.missing(id, store.getState()), id]),
      runAll: () => runSequence(graph.ids),
      sendKeyAnyway: (id) => {
        store.dispatch({ type: 'input-changed', inputs: { acceptUnknownKeyShape: true } });
        const readers = graph.ids.filter((other) => graph.byId.get(other)?.needs.includes(id));
        return runSequence([...graph.missing(id, store.getState()), id, ...readers]);
      },
      runStale: () => {
        const stale = graph.ids.filter((id) => cellState(store.getState(), id).stale);
        const first = stale[0];
        return first
          ? runSequence([...graph.missing(first, store.getState()), ...stale])
          : Promise.resolve(true);
      },
      rerunFrom: (id) => runSequence([...graph.missing(id, store.getState()), id, ...graph.downstream(id)]),
      restart: () => {
        abortAll();
        store.dispatch({ type: 'restart' });
      },
      resetInputs: () => {
        abortAll();
        store.dispatch({ type: 'restart' });
        store.dispatch({ type: 'input-changed', inputs: initialInputsFor(config) });
      },
      setInputs: (inputs) => store.dispatch({ type: 'input-changed', inputs }),
    };
  }, [store, config, graph, ready, simulated, runMutation, controllers]);

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
