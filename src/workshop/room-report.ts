// What this attendee's browser tells the workshop room, derived from the notebook's state alone: the step it is
// on, each cell's latest result ("ok" or the troubleshooting card it shows) and the mode. Built field by field
// from ids, so nothing typed (a key, an org) or received (a token, a user id) can end up in it.
import type { CellGraph } from '../notebook/cell-graph.ts';
import { cellState, type NotebookState } from '../notebook/notebook-state.ts';
import type { Progress } from '../progress/progress.ts';
import type { CardId } from '../troubleshooting/card-ids.ts';
import { classifyFailure } from '../troubleshooting/classify-failure.ts';
import type { RoomMode, RoomReport } from './room-protocol.ts';

export type AttendeeState = Omit<RoomReport<string, CardId>, 'attendee'>;

/**
 * Results come from this session's cells; a step passed before a reload (kept by the progress store) still
 * counts as passed. Running a cell before the ones it needs shows a note, not a card: no result for it.
 * The step is the first one not passed yet (the last when all passed): where this attendee is working.
 */
export function attendeeStateOf(
  state: NotebookState,
  graph: CellGraph,
  progress: Progress,
  mode: RoomMode,
): AttendeeState {
  const results: AttendeeState['results'] = {};
  for (const id of graph.ids) {
    const { status, failure } = cellState(state, id);
    if (status === 'ok') results[id] = 'ok';
    else if (status === 'error' && failure && failure.kind !== 'missing-dependencies') {
      results[id] = classifyFailure(failure, graph.byId.get(id)?.failureRules).cardId;
    } else if (status === 'idle' && passedBefore(progress, id, mode)) results[id] = 'ok';
  }
  const step = graph.ids.find((id) => results[id] !== 'ok') ?? graph.ids.at(-1) ?? '';
  return { step, mode, results };
}

/** Demo successes are kept apart from real progress (progress.ts); a demo room still counts them as passed. */
function passedBefore(progress: Progress, id: string, mode: RoomMode): boolean {
  return progress.cells[id] === 'done' || (mode === 'demo' && progress.demoCells[id] === 'done');
}
