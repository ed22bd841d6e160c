import { describe, expect, it } from 'vitest';
import { cellGraph } from '../guides/active-guide.ts';
import { notebookReducer } from './notebook-reducer.ts';
import { initialNotebookState, type CellId } from './notebook-state.ts';

const reduce = notebookReducer(cellGraph);

function succeeded(...ids: CellId[]) {
  return ids.reduce(
    (state, id) =>
      reduce(reduce(state, { type: 'run-started', id }), { type: 'run-succeeded', id, output: {}, vars: {} }),
    initialNotebookState(cellGraph.ids),
  );
}

describe('cell graph', () => {
  it.each<[CellId, CellId[]]>([
    ['setup', []],
    ['configure', ['setup']],
    ['login', ['setup', 'configure']],
    ['verify', ['setup', 'configure', 'login', 'base-url']],
  ])('%s needs %j', (id, expected) => {
    expect(cellGraph.upstream(id)).toEqual(expected);
  });

  it('lists what reads from a cell, in notebook order', () => {
    expect(cellGraph.downstream('login')).toEqual(['base-url', 'verify']);
    expect(cellGraph.downstream('verify')).toEqual([]);
  });

  it.each<[CellId[], CellId, CellId[]]>([
    [[], 'login', ['setup', 'configure']],
    [['setup'], 'login', ['configure']],
    [['setup', 'configure'], 'login', []],
    [['setup', 'configure', 'login'], 'verify', ['base-url']],
  ])('after %j, running %s first needs %j', (done, id, expected) => {
    expect(cellGraph.missing(id, succeeded(...done))).toEqual(expected);
  });
});
