// What an attendee sees while a workshop runs: that the presenter sees their step and cards (never a key, a
// token or an org), and a button to stop sharing. The server owner's browser is the presenter's: it does not
// report, so the room counts attendees only, and it is offered the dashboard instead.
import { useEffect, useState } from 'react';
import { usePresenter } from '../presenter/presenter-context.tsx';
import { isRoomOwner } from './room-client.ts';
import type { RoomMode } from './room-protocol.ts';
import { hasStoppedSharing, rememberStoppedSharing } from './room-sharing.ts';
import { useRoomReporting } from './use-room-reporting.ts';
import { DASHBOARD_ADDRESS } from './dashboard-address.ts';
import './workshop-notice.css';

export function WorkshopNotice({ mode, heartbeatMs }: { mode: RoomMode; heartbeatMs: number }) {
  const [owner, setOwner] = useState<boolean | null>(null);
  useEffect(() => {
    let current = true;
    void isRoomOwner().then((isOwner) => current && setOwner(isOwner));
    return () => {
      current = false;
    };
  }, []);
  // On the projector the presenter's own notice would only take room from the slides.
  const { presenterMode } = usePresenter();
  if (owner === null) return null;
  if (owner) {
    if (presenterMode) return null;
    return (
      <aside className="workshop-notice" aria-label="Workshop">
        <p>
          You started this workshop: this browser does not report to the room.{' '}
          <a href={DASHBOARD_ADDRESS} target="_blank" rel="noopener">
            Workshop dashboard
          </a>
        </p>
      </aside>
    );
  }
  return <AttendeeNotice mode={mode} heartbeatMs={heartbeatMs} />;
}

function AttendeeNotice({ mode, heartbeatMs }: { mode: RoomMode; heartbeatMs: number }) {
  const [sharing, setSharing] = useState(() => !hasStoppedSharing());
  const [ended, setEnded] = useState(false);
  const { leave } = useRoomReporting({
    sharing: sharing && !ended,
    mode,
    heartbeatMs,
    onEnded: () => setEnded(true),
  });
  if (ended) return null;
  const choose = (share: boolean) => {
    rememberStoppedSharing(!share);
    setSharing(share);
    if (!share) void leave();
  };
  return (
    <aside className="workshop-notice" aria-label="Workshop">
      {sharing ? (
        <p>
          This workshop’s presenter sees which step you are on and which troubleshooting cards you get — never
          your key, token or org.{' '}
          <button type="button" className="button" onClick={() => choose(false)}>
            Stop sharing
          </button>
        </p>
      ) : (
        <p>
          You stopped sharing your progress with this workshop’s presenter (for this tab).{' '}
          <button type="button" className="button" onClick={() => choose(true)}>
            Share again
          </button>
        </p>
      )}
    </aside>
  );
}
