import { cellGraph } from '../guides/active-guide.ts';
import { describe, expect, it } from 'vitest';
import { notebookReducer } from '../notebook/notebook-reducer.ts';
import { initialNotebookState } from '../notebook/notebook-state.ts';
import {
  emptyProgress,
  parseStoredProgress,
  recordCellResults,
  summarizeProgress,
  toggleChecklistItem,
} from './progress.ts';
import { createProgressStore, PROGRESS_STORAGE_KEY } from './progress-store.ts';

const reduce = notebookReducer(cellGraph);

const afterRuns = () => {
  let state = initialNotebookState(cellGraph.ids);
  state = reduce(state, { type: 'run-started', id: 'setup' });
  state = reduce(state, {
    type: 'run-succeeded',
    id: 'setup',
    output: { kind: 'setup', modules: [] },
    vars: {},
  });
  state = reduce(state, { type: 'run-started', id: 'login' });
  return reduce(state, { type: 'run-failed', id: 'login', failure: { kind: 'no-key' } });
};

describe('progress', () => {
  it('comes from results: success is done, failure is failed, never-run stays not yet', () => {
    expect(recordCellResults(emptyProgress, afterRuns()).cells).toEqual({ setup: 'done', login: 'failed' });
  });

  it('does not count running a cell too early as a failed step', () => {
    let state = reduce(initialNotebookState(cellGraph.ids), { type: 'run-started', id: 'verify' });
    state = reduce(state, {
      type: 'run-failed',
      id: 'verify',
      failure: { kind: 'missing-dependencies', missing: [{ id: 'setup', title: 'Setup' }] },
    });
    expect(recordCellResults(emptyProgress, state).cells).toEqual({});
  });

  it('keeps what a previous visit recorded when the cells are idle after a reload', () => {
    const stored = { cells: { verify: 'done' as const }, demoCells: {}, checklists: {} };
    expect(recordCellResults(stored, initialNotebookState(cellGraph.ids))).toBe(stored);
  });

  it('keeps demo successes apart: never done, counted as done in demo only; demo failures are not recorded', () => {
    const demo = recordCellResults(emptyProgress, afterRuns(), true);
    expect(demo).toEqual({ cells: {}, demoCells: { setup: 'done' }, checklists: {} });
    expect(summarizeProgress(demo, {})).toMatchObject({ done: 0, doneInDemoOnly: 1 });
    // A real success later counts as done, and no longer as "demo only".
    const live = recordCellResults(demo, afterRuns());
    expect(summarizeProgress(live, {})).toMatchObject({ done: 1, doneInDemoOnly: 0 });
    // A demo run never overwrites a real result.
    expect(recordCellResults(live, afterRuns(), true).cells).toEqual({ setup: 'done', login: 'failed' });
  });

  it('counts steps and the minutes the rest should take', () => {
    const progress = toggleChecklistItem(
      recordCellResults(emptyProgress, afterRuns()),
      'securing',
      'a',
      true,
    );
    expect(summarizeProgress(progress, { securing: ['a', 'b'] })).toEqual({
      done: 1,
      doneInDemoOnly: 0,
      total: 6,
      minutesLeft: 10,
    });
    const ticked = toggleChecklistItem(progress, 'securing', 'b', true);
    expect(summarizeProgress(ticked, { securing: ['a', 'b'] })).toEqual({
      done: 2,
      doneInDemoOnly: 0,
      total: 6,
      minutesLeft: 8,
    });
  });

  it.each([
    ['', emptyProgress],
    ['not json', emptyProgress],
    ['[1,2]', emptyProgress],
    [
      '{"cells":{"setup":"done","login":"pwned","evil":"done"},"checklists":{"securing":["a",3,"<b>"]}}',
      { cells: { setup: 'done' }, demoCells: {}, checklists: { securing: ['a'] } },
    ],
    [
      '{"cells":{},"demoCells":{"login":"done","setup":"failed","evil":"done"},"checklists":{}}',
      { cells: {}, demoCells: { login: 'done' }, checklists: {} },
    ],
  ])('reads stored %j safely', (raw, expected) => {
    expect(parseStoredProgress(raw)).toEqual(expected);
  });
});

describe('progress store', () => {
  it('persists to storage and survives a new store (a reload), and reset clears it', () => {
    const data = new Map<string, string>();
    const storage = {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
    };
    const store = createProgressStore(storage);
    store.update((progress) => recordCellResults(progress, afterRuns()));
    expect(createProgressStore(storage).get().cells).toEqual({ setup: 'done', login: 'failed' });
    store.reset();
    expect(data.has(PROGRESS_STORAGE_KEY)).toBe(false);
  });

  it('keeps working when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = createProgressStore(broken);
    store.update((progress) => toggleChecklistItem(progress, 'securing', 'a', true));
    expect(store.get().checklists).toEqual({ securing: ['a'] });
  });
});
