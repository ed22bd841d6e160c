// Strict checks of what attendees send: exactly the known fields, each from a fixed list. Anything else (an
// extra field, free text, a key pasted in by mistake) refuses the whole event, so nothing unexpected is stored.
import { ROOM_ATTENDEE_PATTERN, type RoomReport } from '../src/workshop/room-protocol.ts';
import { isRoomCardId, isStepId, type RoomCardId, type StepId } from './workshop-ids.ts';

export type Report = RoomReport<StepId, RoomCardId>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

function objectWithKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && own.every((key) => keys.includes(key));
}

function attendeeFrom(value: unknown): string | undefined {
  return typeof value === 'string' && ROOM_ATTENDEE_PATTERN.test(value) ? value : undefined;
}

export function parseReport(body: unknown): Parsed<Report> {
  if (!objectWithKeys(body, ['attendee', 'step', 'mode', 'results'])) {
    return fail('A report is a JSON object with exactly: attendee, step, mode, results.');
  }
  const attendee = attendeeFrom(body.attendee);
  if (!attendee) return fail('attendee must be a random UUID (crypto.randomUUID()).');
  if (!isStepId(body.step)) return fail('step is not one of the notebook’s steps.');
  if (body.mode !== 'demo' && body.mode !== 'live') return fail('mode must be "demo" or "live".');
  const results = body.results;
  if (typeof results !== 'object' || results === null || Array.isArray(results)) {
    return fail('results must be an object of step → "ok" or a card id.');
  }
  const checked: Report['results'] = {};
  for (const [step, result] of Object.entries(results)) {
    if (!isStepId(step)) return fail('results names a step the notebook does not have.');
    if (result !== 'ok' && !isRoomCardId(result)) return fail('a result must be "ok" or a card id.');
    checked[step] = result;
  }
  return { ok: true, value: { attendee, step: body.step, mode: body.mode, results: checked } };
}

export function parseLeave(body: unknown): Parsed<{ attendee: string }> {
  const attendee = objectWithKeys(body, ['attendee']) ? attendeeFrom(body.attendee) : undefined;
  return attendee ? { ok: true, value: { attendee } } : fail('Send {"attendee": "<your room id>"} only.');
}
