import { useEffect } from 'react';
import { RoomDashboard } from './room-dashboard.tsx';

/** `/?dashboard`: the room's dashboard alone, for the owner's second screen without the speaker view. */
export function DashboardPage() {
  useEffect(() => {
    document.title = 'Workshop dashboard – Credentials Notebook';
  }, []);
  return (
    <main id="main" className="dashboard-page">
      <h1>Workshop dashboard</h1>
      <p>
        <a href="/">Back to the notebook</a>
      </p>
      <RoomDashboard />
    </main>
  );
}
