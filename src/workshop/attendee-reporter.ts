// When an attendee's browser reports to the room: at once on joining, shortly after each change (changes come
// in bursts, e.g. Run all), and every heartbeat so the dashboard keeps counting it as connected. One report at
// a time; a 429 waits as long as the server asks; a server that stopped the workshop ends the reporting.
import type { ReportOutcome, RoomAttendee } from './room-client.ts';
import type { AttendeeState } from './room-report.ts';

export interface AttendeeReporter {
  /** The attendee's latest state; sent after the debounce if it differs from what was sent. */
  update(state: AttendeeState): void;
  /** Stops reporting (nothing more is sent); the caller decides whether to leave the room too. */
  stop(): void;
}

export interface ReporterOptions {
  heartbeatMs: number;
  debounceMs?: number;
  /** Told of every answer, e.g. to say that the workshop has ended. */
  onOutcome?: (outcome: ReportOutcome) => void;
}

export function startAttendeeReporter(
  attendee: RoomAttendee<string, string>,
  initial: AttendeeState,
  { heartbeatMs, debounceMs = 300, onOutcome = () => {} }: ReporterOptions,
): AttendeeReporter {
  let latest = initial;
  let sentJson: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  let changedWhileSending = false;
  let waitUntil = 0; // a 429's Retry-After: nothing is sent before then
  let stopped = false;

  const plan = (delayMs: number) => {
    clearTimeout(timer);
    if (stopped) return;
    timer = setTimeout(() => void send(), Math.max(delayMs, waitUntil - Date.now(), 0));
  };

  const send = async () => {
    if (stopped) return;
    if (inFlight) {
      changedWhileSending = true;
      return;
    }
    inFlight = true;
    changedWhileSending = false;
    const json = JSON.stringify(latest);
    const outcome = await attendee.report(latest);
    inFlight = false;
    if (stopped) return;
    onOutcome(outcome);
    if (outcome.ok) {
      sentJson = json;
      const changed = changedWhileSending || JSON.stringify(latest) !== sentJson;
      return plan(changed ? debounceMs : heartbeatMs);
    }
    if (outcome.reason === 'no_workshop') return stop();
    if (outcome.reason === 'rate_limited') {
      waitUntil = Date.now() + (outcome.retryAfterMs ?? 1_000);
      return plan(0);
    }
    // Refused (e.g. a step this server does not know) or unreachable: try again on the next heartbeat.
    plan(heartbeatMs);
  };

  function stop() {
    stopped = true;
    clearTimeout(timer);
  }

  plan(0);
  return {
    update(state) {
      latest = state;
      if (JSON.stringify(state) === sentJson) return;
      if (inFlight) changedWhileSending = true;
      else plan(debounceMs);
    },
    stop,
  };
}
