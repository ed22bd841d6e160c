import { useEffect, useId, useState } from 'react';
import type { RoomSummary } from './room-protocol.ts';
import { watchDashboard, type DashboardStatus } from './room-client.ts';
import { RoomFigures } from './room-figures.tsx';
import { useCardTitles } from './use-card-titles.ts';
import { usePoliteAnnouncement } from './use-polite-announcement.ts';
import './room-dashboard.css';

const statusWords: Record<DashboardStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live: updates as attendees report',
  reconnecting: 'Connection lost: reconnecting…',
  refused: 'Refused',
  'no-workshop': 'No workshop running',
  stopped: 'Stopped',
};

/**
 * The workshop room's live dashboard, for the server owner's browser. Self-contained (no props), so the
 * speaker view and the `/?dashboard` page both show it.
 */
export function RoomDashboard() {
  const [summary, setSummary] = useState<RoomSummary | null>(null);
  const [status, setStatus] = useState<DashboardStatus>('connecting');
  useEffect(() => watchDashboard(setSummary, setStatus), []);
  const cardTitle = useCardTitles();
  const headingId = useId();
  const showFigures = summary !== null && status !== 'refused' && status !== 'no-workshop';
  // Summaries can come ten times a second: a screen reader hears only the gist, and at most every 10 s.
  const announcement = usePoliteAnnouncement(showFigures ? gistOf(summary, cardTitle) : '', 10_000);

  return (
    <section className="room-dashboard" aria-labelledby={headingId}>
      <h2 id={headingId}>Workshop room</h2>
      <p className="room-dashboard__status" role="status">
        <span aria-hidden="true">{status === 'live' ? '● ' : '○ '}</span>
        {statusWords[status]}
      </p>
      {status === 'refused' && (
        <p className="room-dashboard__message">
          Only the browser that started the workshop can see the dashboard — open the owner link printed in
          the server’s terminal.
        </p>
      )}
      {status === 'no-workshop' && (
        <p className="room-dashboard__message">
          No workshop is running on this server. Start one with <code>WORKSHOP=1 npm start</code> (add{' '}
          <code>HOST=0.0.0.0</code> so attendees on your network can join), then open the owner link it
          prints.
        </p>
      )}
      {showFigures && <RoomFigures summary={summary} cardTitle={cardTitle} />}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

function gistOf(summary: RoomSummary, cardTitle: (id: string) => string): string {
  const top = summary.stuck[0];
  const stuck = top ? ` Most stuck: ${top.count} on ‘${cardTitle(top.card)}’.` : '';
  return `${summary.connected} attendees connected.${stuck}`;
}
