import { describe, expect, it } from 'vitest';
import { cellGraph } from '../guides/active-guide.ts';
import { notebookReducer, type NotebookAction } from '../notebook/notebook-reducer.ts';
import { initialNotebookState } from '../notebook/notebook-state.ts';
import { emptyProgress } from '../progress/progress.ts';
import { attendeeStateOf } from './room-report.ts';

const KEY = `nvapi-${'k'.repeat(64)}`;
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyLTQyIn0.c2lnbmF0dXJl';
const run = (...actions: NotebookAction[]) =>
  actions.reduce(notebookReducer(cellGraph), initialNotebookState(cellGraph.ids));
const succeeded = (id: string, vars = {}): NotebookAction[] => [
  { type: 'run-started', id },
  { type: 'run-succeeded', id, output: null, vars },
];

describe('attendeeStateOf', () => {
  it('reports ids only: passed steps, the failing step’s card, and the step the attendee is on', () => {
    const state = run(
      { type: 'input-changed', inputs: { keySource: 'pasted', pastedKey: KEY, org: 'acme-private-org' } },
      ...succeeded('setup', { host_url: 'https://api.example' }),
      ...succeeded('configure', { ngc_api_key: { source: 'pasted', value: KEY, fingerprint: 'f' } }),
      { type: 'run-started', id: 'login' },
      {
        type: 'run-failed',
        id: 'login',
        failure: { kind: 'http-error', step: 'login', status: 401, html: false, durationMs: 3, message: KEY },
      },
    );
    const report = attendeeStateOf(state, cellGraph, emptyProgress, 'live');
    expect(report).toEqual({
      step: 'login',
      mode: 'live',
      results: { setup: 'ok', configure: 'ok', login: 'login-unauthorized' },
    });
    const sent = JSON.stringify(report);
    for (const secret of [KEY, TOKEN, 'acme-private-org', 'api.example', 'user-42']) {
      expect(sent).not.toContain(secret);
    }
  });

  it('gives no result for a cell run before the ones it needs (a note, not a card)', () => {
    const state = run(
      { type: 'run-started', id: 'verify' },
      { type: 'run-failed', id: 'verify', failure: { kind: 'missing-dependencies', missing: [] } },
    );
    expect(attendeeStateOf(state, cellGraph, emptyProgress, 'demo')).toEqual({
      step: 'setup',
      mode: 'demo',
      results: {},
    });
  });

  it('keeps steps passed before a reload, and is on the last step when every step passed', () => {
    const done = Object.fromEntries(cellGraph.ids.map((id) => [id, 'done' as const]));
    const report = attendeeStateOf(run(), cellGraph, { cells: done, demoCells: {}, checklists: {} }, 'demo');
    expect(report.step).toBe(cellGraph.ids.at(-1));
    expect(Object.values(report.results)).toEqual(cellGraph.ids.map(() => 'ok'));
    // Steps passed in demo mode (kept apart from real progress) count in a demo room, not in a live one.
    const demoOnly = { cells: {}, demoCells: done, checklists: {} };
    expect(Object.values(attendeeStateOf(run(), cellGraph, demoOnly, 'demo').results)).toContain('ok');
    expect(attendeeStateOf(run(), cellGraph, demoOnly, 'live').results).not.toHaveProperty('verify');
  });
});
