import { describe, expect, it } from 'vitest';
import { downstreamCells, missingDependencies, upstreamCells } from './cell-graph.ts';
import { notebookReducer } from './notebook-reducer.ts';
import { initialNotebookState, type CellId } from './notebook-state.ts';

function succeeded(...ids: CellId[]) {
  return ids.reduce(
    (state, id) =>
      notebookReducer(notebookReducer(state, { type: 'run-started', id }), {
        type: 'run-succeeded',
        id,
        output: { kind: 'setup', modules: [] },
        vars: {},
      }),
    initialNotebookState(),
  );
}

describe('cell graph', () => {
  it.each<[CellId, CellId[]]>([
    ['setup', []],
    ['configure', ['setup']],
    ['login', ['setup', 'configure']],
    ['verify', ['setup', 'configure', 'login', 'base-url']],
  ])('%s needs %j', (id, expected) => {
    expect(upstreamCells(id)).toEqual(expected);
  });

  it('lists what reads from a cell, in notebook order', () => {
    expect(downstreamCells('login')).toEqual(['base-url', 'verify']);
    expect(downstreamCells('verify')).toEqual([]);
  });

  it.each<[CellId[], CellId, CellId[]]>([
    [[], 'login', ['setup', 'configure']],
    [['setup'], 'login', ['configure']],
    [['setup', 'configure'], 'login', []],
    [['setup', 'configure', 'login'], 'verify', ['base-url']],
  ])('after %j, running %s first needs %j', (done, id, expected) => {
    expect(missingDependencies(id, succeeded(...done))).toEqual(expected);
  });
});
