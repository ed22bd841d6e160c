import { describe, expect, it } from 'vitest';
import { idleCell, type CellState } from '../notebook/notebook-state.ts';
import { emptyProgress, type Progress } from './progress.ts';
import { earlierResult, stepStatus } from './step-status.ts';

const ok: CellState = { ...idleCell, status: 'ok', executionCount: 1, output: {} };
const failed: CellState = { ...idleCell, status: 'error', failure: { kind: 'no-key' } };
const tooEarly: CellState = {
  ...idleCell,
  status: 'error',
  failure: { kind: 'missing-dependencies', missing: [] },
};
const stored = (cells: Progress['cells'], demoCells: Progress['demoCells'] = {}): Progress => ({
  ...emptyProgress,
  cells,
  demoCells,
});

describe('stepStatus: the contents and the cell tell one story', () => {
  it.each<[string, Progress, CellState, boolean, string]>([
    ['succeeded now, live', emptyProgress, ok, false, 'done'],
    ['succeeded now, demo: simulated, not done', stored({ login: 'done' }), ok, true, 'done-in-demo'],
    ['failed now', stored({ login: 'done' }), failed, false, 'failed'],
    [
      'idle after a reload, done before: done earlier, not usable now',
      stored({ login: 'done' }),
      idleCell,
      false,
      'done-earlier',
    ],
    ['run too early, done before', stored({ login: 'done' }), tooEarly, false, 'done-earlier'],
    ['idle, failed before', stored({ login: 'failed' }), idleCell, false, 'failed-earlier'],
    ['idle, done in demo before', stored({}, { login: 'done' }), idleCell, false, 'done-in-demo-earlier'],
    ['never run', emptyProgress, idleCell, false, 'not-yet'],
  ])('%s', (_name, progress, cell, simulated, expected) => {
    expect(stepStatus(progress, 'login', cell, simulated)).toBe(expected);
  });

  it('gives an idle cell the earlier result, a real success before a demo one', () => {
    expect(earlierResult(stored({ login: 'done' }, { login: 'done' }), 'login')).toBe('done');
    expect(earlierResult(stored({ login: 'failed' }, { login: 'done' }), 'login')).toBe('done-in-demo');
    expect(earlierResult(emptyProgress, 'login')).toBeUndefined();
  });
});
