// The dashboard's figures from the attendees' latest reports. Both stores (memory, Redis) keep the same
// records and call this, so the board reads the same whichever one holds the room.
import { ROOM_ACTIVE_MS, type RoomSummary } from '../src/workshop/room-protocol.ts';
import type { Report } from './workshop-events.ts';
import { stepIds } from './workshop-ids.ts';

export interface AttendeeRecord {
  report: Omit<Report, 'attendee'>;
  lastSeenMs: number;
}

export function summarize(records: Iterable<AttendeeRecord>, seq: number, nowMs: number): RoomSummary {
  const passed = new Map<string, number>(stepIds.map((id) => [id, 0]));
  const current = new Map<string, number>(stepIds.map((id) => [id, 0]));
  const stuck = new Map<string, number>();
  const modes = { demo: 0, live: 0 };
  let connected = 0;
  for (const { report, lastSeenMs } of records) {
    if (nowMs - lastSeenMs > ROOM_ACTIVE_MS) continue;
    connected += 1;
    modes[report.mode] += 1;
    current.set(report.step, (current.get(report.step) ?? 0) + 1);
    const cards = new Set<string>(); // one attendee stuck twice on a card is still one person to help
    for (const [step, result] of Object.entries(report.results)) {
      if (result === 'ok') passed.set(step, (passed.get(step) ?? 0) + 1);
      else if (result) cards.add(result);
    }
    for (const card of cards) stuck.set(card, (stuck.get(card) ?? 0) + 1);
  }
  return {
    seq,
    connected,
    modes,
    steps: stepIds.map((step) => ({ step, passed: passed.get(step) ?? 0, current: current.get(step) ?? 0 })),
    stuck: [...stuck]
      .map(([card, count]) => ({ card, count }))
      .sort((a, b) => b.count - a.count || a.card.localeCompare(b.card)),
  };
}
