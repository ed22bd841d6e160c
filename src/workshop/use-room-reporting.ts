import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useNotebook } from '../notebook/notebook-context.tsx';
import { progressStore } from '../progress/progress-store.ts';
import { startAttendeeReporter, type AttendeeReporter } from './attendee-reporter.ts';
import { createRoomAttendee, type RoomAttendee } from './room-client.ts';
import type { RoomMode } from './room-protocol.ts';
import { attendeeStateOf } from './room-report.ts';
import { attendeeIdForTab } from './room-sharing.ts';

/**
 * Reports this attendee's notebook to the room while `sharing` is true: the state is read from the notebook
 * and the progress store (see attendeeStateOf), and sent when it changes and on every heartbeat.
 * Returns leave(), which stops reporting and makes the room forget this attendee.
 */
export function useRoomReporting({
  sharing,
  mode,
  heartbeatMs,
  onEnded,
}: {
  sharing: boolean;
  mode: RoomMode;
  heartbeatMs: number;
  /** The server answered that no workshop runs (any more). */
  onEnded: () => void;
}): { leave: () => Promise<void> } {
  const { state, graph } = useNotebook();
  const progress = useSyncExternalStore(progressStore.subscribe, progressStore.get, progressStore.getServerSnapshot);
  const current = useMemo(
    () => attendeeStateOf(state, graph, progress, mode),
    [state, graph, progress, mode],
  );
  const latest = useRef(current);
  const reporter = useRef<AttendeeReporter | null>(null);
  const attendee = useRef<RoomAttendee<string, string> | null>(null);
  const ended = useRef(onEnded);

  useEffect(() => {
    latest.current = current;
    ended.current = onEnded;
    reporter.current?.update(current);
  });

  useEffect(() => {
    if (!sharing) return;
    const joined = createRoomAttendee<string, string>({ id: attendeeIdForTab() });
    attendee.current = joined;
    const started = startAttendeeReporter(joined, latest.current, {
      heartbeatMs,
      onOutcome: (outcome) => {
        if (!outcome.ok && outcome.reason === 'no_workshop') ended.current();
      },
    });
    reporter.current = started;
    return () => {
      started.stop();
      if (reporter.current === started) reporter.current = null;
    };
  }, [sharing, heartbeatMs]);

  return {
    leave: async () => {
      reporter.current?.stop();
      reporter.current = null;
      await attendee.current?.leave();
    },
  };
}
