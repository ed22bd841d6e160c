// What an attendee's browser may tell the workshop room, and what the presenter's dashboard receives. Shared by
// the server (which validates every field against the known ids) and the browser client. Nothing here can
// carry a key, token, user id, org, address or free text: only ids from fixed lists and one random attendee id.

/** A cell's latest result: it succeeded, or the id of the troubleshooting card it showed. */
export type RoomStepResult<Card extends string = string> = 'ok' | Card;

export type RoomMode = 'demo' | 'live';

export interface RoomReport<Step extends string = string, Card extends string = string> {
  /** Random, made by the browser (crypto.randomUUID), so the room never sees who or where anyone is. */
  attendee: string;
  step: Step;
  mode: RoomMode;
  results: Partial<Record<Step, RoomStepResult<Card>>>;
}

export interface RoomSummary {
  /** Events recorded so far; a report's answer carries its own, so a client can tell when the board shows it. */
  seq: number;
  /** Attendees who reported within the last ROOM_ACTIVE_MS. */
  connected: number;
  modes: Record<RoomMode, number>;
  /** How many connected attendees passed each step, in the notebook's order. */
  steps: { step: string; passed: number; current: number }[];
  /** The cards connected attendees are stuck on now (a step whose latest result is that card), most first. */
  stuck: { card: string; count: number }[];
}

/** GET /workshop/room: this when a workshop runs, `{ workshop: false }` when none does. */
export interface RoomInfo {
  workshop: true;
  /** How often a client should report even when nothing changed, to count as connected. */
  heartbeatMs: number;
}

/** A version-4 UUID as crypto.randomUUID makes it: no room for a key, a name or an address to hide in. */
export const ROOM_ATTENDEE_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const ROOM_ACTIVE_MS = 90_000;
export const ROOM_HEARTBEAT_MS = 30_000;

export const roomPaths = {
  room: '/workshop/room',
  report: '/workshop/report',
  leave: '/workshop/leave',
  dashboard: '/workshop/dashboard',
  dashboardEvents: '/workshop/dashboard/events',
} as const;
