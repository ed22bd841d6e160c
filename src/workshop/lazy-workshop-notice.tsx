import { lazy, Suspense, useEffect, useState } from 'react';
import { fetchRoomInfo } from './room-info.ts';
import type { RoomInfo, RoomMode } from './room-protocol.ts';

// Only the question "is a workshop running?" is in the first-visit bundle; the notice and the reporting are a
// chunk of their own, fetched only when the answer is yes.
const WorkshopNotice = lazy(() =>
  import('./workshop-notice.tsx').then((module) => ({ default: module.WorkshopNotice })),
);

/** Asks the server once, after start-up (`mode` known), whether a workshop is running; shows its notice if so. */
export function LazyWorkshopNotice({ mode }: { mode: RoomMode | undefined }) {
  const [room, setRoom] = useState<RoomInfo | null>(null);
  useEffect(() => {
    if (!mode) return;
    let current = true;
    void fetchRoomInfo().then((info) => current && setRoom(info));
    return () => {
      current = false;
    };
  }, [mode]);
  if (!room || !mode) return null;
  return (
    <Suspense fallback={null}>
      <WorkshopNotice mode={mode} heartbeatMs={room.heartbeatMs} />
    </Suspense>
  );
}
