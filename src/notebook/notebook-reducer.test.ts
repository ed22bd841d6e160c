import { cellGraph } from '../guides/active-guide.ts';
import { describe, expect, it } from 'vitest';
import { notebookReducer, type NotebookAction } from './notebook-reducer.ts';
import { initialNotebookState } from './notebook-state.ts';

const reduce = notebookReducer(cellGraph);

const run = (...actions: NotebookAction[]) => actions.reduce(reduce, initialNotebookState(cellGraph.ids));

describe('notebookReducer', () => {
  it('numbers runs with the notebook counter, like a kernel', () => {
    const state = run(
      { type: 'run-started', id: 'setup' },
      { type: 'run-started', id: 'configure' },
      { type: 'run-started', id: 'setup' },
    );
    expect(state.cells.setup?.executionCount).toBe(3);
    expect(state.cells.configure?.executionCount).toBe(2);
    expect(state.cells.login?.executionCount).toBeNull();
  });

  it('keeps variables from a success and clears the named ones on failure', () => {
    const state = run(
      { type: 'run-started', id: 'login' },
      {
        type: 'run-succeeded',
        id: 'login',
        output: { kind: 'login', status: 201, durationMs: 5, userId: 'u', claims: null },
        vars: { token: 't', user_id: 'u' },
      },
      { type: 'run-started', id: 'login' },
      { type: 'run-failed', id: 'login', failure: { kind: 'no-key' }, clearVars: ['token', 'user_id'] },
    );
    expect(state.vars.token).toBeUndefined();
    expect(state.cells.login).toMatchObject({ status: 'error', output: null, failure: { kind: 'no-key' } });
  });

  it('restart clears outputs, counts and variables but keeps what the user typed', () => {
    const state = run(
      { type: 'input-changed', inputs: { org: 'myorg', keySource: 'pasted' } },
      { type: 'run-started', id: 'setup' },
      {
        type: 'run-succeeded',
        id: 'setup',
        output: { kind: 'setup', modules: ['os'] },
        vars: { host_url: 'h' },
      },
      { type: 'restart' },
    );
    expect(state.executionCounter).toBe(0);
    expect(state.cells.setup).toEqual({
      status: 'idle',
      executionCount: null,
      output: null,
      failure: null,
      stale: false,
    });
    expect(state.vars).toEqual({});
    expect(state.inputs).toMatchObject({ org: 'myorg', keySource: 'pasted' });
  });
});

describe('stale outputs', () => {
  const ok = (id: 'setup' | 'configure' | 'login' | 'base-url' | 'verify'): NotebookAction[] => [
    { type: 'run-started', id },
    { type: 'run-succeeded', id, output: { kind: 'setup', modules: [] }, vars: {} },
  ];
  const all = [...ok('setup'), ...ok('configure'), ...ok('login'), ...ok('base-url'), ...ok('verify')];
  const staleCells = (state: ReturnType<typeof run>) =>
    Object.entries(state.cells)
      .filter(([, cell]) => cell.stale)
      .map(([id]) => id);

  it('a full run in order leaves nothing stale', () => {
    expect(staleCells(run(...all))).toEqual([]);
  });

  it.each([
    [{ pastedKey: 'nvapi-new' }, ['configure', 'login', 'base-url', 'verify']],
    [{ keySource: 'pasted' as const }, ['configure', 'login', 'base-url', 'verify']],
    [{ org: 'another-org' }, ['base-url', 'verify']],
  ])('changing %j marks %j stale', (inputs, expected) => {
    expect(staleCells(run(...all, { type: 'input-changed', inputs }))).toEqual(expected);
  });

  it('a new token marks the cells after Login stale, and re-running them clears it', () => {
    const relogged = run(...all, ...ok('login'));
    expect(staleCells(relogged)).toEqual(['base-url', 'verify']);
    expect(staleCells(run(...all, ...ok('login'), ...ok('base-url'), ...ok('verify')))).toEqual([]);
  });

  it('cells that never ran are not stale', () => {
    expect(staleCells(run(...ok('setup'), { type: 'input-changed', inputs: { org: 'x' } }))).toEqual([]);
  });
});

describe('sending a key of an unknown shape anyway', () => {
  it('is remembered until the key changes', () => {
    const accepted = run({
      type: 'input-changed',
      inputs: { pastedKey: 'odd-key', acceptUnknownKeyShape: true },
    });
    expect(accepted.inputs.acceptUnknownKeyShape).toBe(true);
    expect(
      reduce(accepted, { type: 'input-changed', inputs: { org: 'x' } }).inputs.acceptUnknownKeyShape,
    ).toBe(true);
    expect(
      reduce(accepted, { type: 'input-changed', inputs: { pastedKey: 'other' } }).inputs
        .acceptUnknownKeyShape,
    ).toBe(false);
  });
});
