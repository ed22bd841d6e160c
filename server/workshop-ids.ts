// The one place the room learns which steps and cards exist, so moves of the notebook's modules touch only
// this file. Events naming anything else are refused.
import { cellIds } from '../src/notebook/notebook-state.ts';
import { cardIds } from '../src/troubleshooting/card-ids.ts';

export const stepIds = cellIds;
export type StepId = (typeof stepIds)[number];

export const roomCardIds = cardIds;
export type RoomCardId = (typeof roomCardIds)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (stepIds as readonly string[]).includes(value);
}

export function isRoomCardId(value: unknown): value is RoomCardId {
  return typeof value === 'string' && (roomCardIds as readonly string[]).includes(value);
}
