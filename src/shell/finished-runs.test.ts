import { cellGraph } from '../guides/active-guide.ts';
import { describe, expect, it } from 'vitest';
import { notebookReducer, type NotebookAction } from '../notebook/notebook-reducer.ts';
import { initialNotebookState, type NotebookState } from '../notebook/notebook-state.ts';
import { runChanges } from './finished-runs.ts';

const reduce = notebookReducer(cellGraph);

const apply = (state: NotebookState, ...actions: NotebookAction[]) => actions.reduce(reduce, state);
const idle = initialNotebookState(cellGraph.ids);
const setupRunning = apply(idle, { type: 'run-started', id: 'setup' });
const setupDone = apply(setupRunning, {
  type: 'run-succeeded',
  id: 'setup',
  output: { kind: 'setup', modules: [] },
  vars: {},
});
const loginRunning = apply(setupDone, { type: 'run-started', id: 'login' });
const loginFailed = apply(loginRunning, { type: 'run-failed', id: 'login', failure: { kind: 'no-key' } });

describe('runChanges', () => {
  it.each([
    ['nothing happened', idle, idle, { started: [], succeeded: [], failed: [] }],
    ['a run started', idle, setupRunning, { started: ['setup'], succeeded: [], failed: [] }],
    ['a run succeeded', setupRunning, setupDone, { started: [], succeeded: ['setup'], failed: [] }],
    ['a run failed', loginRunning, loginFailed, { started: [], succeeded: [], failed: ['login'] }],
    [
      'a run that started and failed at once',
      setupDone,
      loginFailed,
      { started: ['login'], succeeded: [], failed: ['login'] },
    ],
    [
      'a re-run that started',
      loginFailed,
      apply(loginFailed, { type: 'run-started', id: 'login' }),
      { started: ['login'], succeeded: [], failed: [] },
    ],
    [
      'a restart',
      loginFailed,
      apply(loginFailed, { type: 'restart' }),
      { started: [], succeeded: [], failed: [] },
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(runChanges(before, after)).toEqual(expected);
  });
});
