// The one question the first-visit bundle asks the room: is a workshop running here? Kept apart from the rest
// of the client (room-client.ts), which is loaded only when the answer is yes.
import { roomPaths, type RoomInfo } from './room-protocol.ts';
import type { RoomClientOptions } from './room-client.ts';

/** The room's settings when a workshop is running on this server; null when not (or unreachable). */
export async function fetchRoomInfo(options: RoomClientOptions = {}): Promise<RoomInfo | null> {
  const { baseUrl = '', fetch: fetchImpl = fetch } = options;
  try {
    const answer = await fetchImpl(`${baseUrl}${roomPaths.room}`, {
      headers: { accept: 'application/json' },
    });
    const isJson = answer.headers.get('content-type')?.startsWith('application/json');
    if (!answer.ok || !isJson) return null;
    const info = (await answer.json()) as Partial<RoomInfo>;
    return info.workshop === true && typeof info.heartbeatMs === 'number' ? (info as RoomInfo) : null;
  } catch {
    return null;
  }
}
