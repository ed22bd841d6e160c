import { useEffect, useState } from 'react';
import type { RoomSummary } from './room-protocol.ts';
import { watchDashboard, type DashboardStatus } from './room-client.ts';

/**
 * The workshop room's live dashboard, for the server owner's browser. Self-contained (no props), so the
 * speaker view and any other place can show it. First cut: the issue-13 room UI work fills it in.
 */
export function RoomDashboard() {
  const [summary, setSummary] = useState<RoomSummary | null>(null);
  const [status, setStatus] = useState<DashboardStatus>('connecting');
  useEffect(() => watchDashboard(setSummary, setStatus), []);
  return (
    <section aria-label="Workshop room">
      <p>{status === 'refused' ? 'The dashboard is only for the browser that started the workshop.' : status}</p>
      {summary && <p>{summary.connected} attendees connected</p>}
    </section>
  );
}
