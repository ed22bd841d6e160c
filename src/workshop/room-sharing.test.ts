import { describe, expect, it } from 'vitest';
import { ROOM_ATTENDEE_PATTERN } from './room-protocol.ts';
import { randomAttendeeId } from './room-sharing.ts';

describe('randomAttendeeId', () => {
  it('makes version-4 UUIDs the room accepts, different each time', () => {
    const ids = Array.from({ length: 200 }, randomAttendeeId);
    for (const id of ids) expect(id).toMatch(ROOM_ATTENDEE_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
