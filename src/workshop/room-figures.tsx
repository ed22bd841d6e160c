import { cellGraph } from '../guides/active-guide.ts';
import type { RoomSummary } from './room-protocol.ts';

const people = (count: number) => `${count} ${count === 1 ? 'attendee' : 'attendees'}`;

/** The board's figures: who is here, the cards people are stuck on (most first), and each step's counts. */
export function RoomFigures({
  summary,
  cardTitle,
}: {
  summary: RoomSummary;
  cardTitle: (id: string) => string;
}) {
  const { connected, modes, steps, stuck } = summary;
  return (
    <div className="room-dashboard__figures">
      <section className="room-dashboard__part">
        <h3>Attendees</h3>
        <p className="room-dashboard__connected">
          <strong>{people(connected)}</strong> connected
          {connected > 0 && ` (${modes.demo} in demo mode, ${modes.live} in live mode)`}
        </p>
      </section>

      <section className="room-dashboard__part">
        <h3>Stuck now</h3>
        {stuck.length === 0 ? (
          <p>Nobody is stuck on a troubleshooting card.</p>
        ) : (
          <ol className="room-dashboard__stuck">
            {stuck.map(({ card, count }) => (
              <li key={card}>
                <strong>{count}</strong> on ‘{cardTitle(card)}’
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="room-dashboard__part">
        <h3>Steps</h3>
        <table className="room-dashboard__steps">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Passed</th>
              <th scope="col">On it now</th>
            </tr>
          </thead>
          <tbody>
            {steps.map(({ step, passed, current }) => (
              <tr key={step}>
                <th scope="row">{cellGraph.title(step)}</th>
                <td>
                  <span className="room-dashboard__figure">
                    {passed} of {connected}
                  </span>
                  <span className="room-dashboard__bar" aria-hidden="true">
                    <span style={{ width: `${connected ? (100 * passed) / connected : 0}%` }} />
                  </span>
                </td>
                <td>{current}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="room-dashboard__note">Attendees who passed every step count as on the last one.</p>
      </section>
    </div>
  );
}
