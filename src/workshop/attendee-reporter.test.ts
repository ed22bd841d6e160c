import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAttendeeReporter } from './attendee-reporter.ts';
import type { ReportOutcome, RoomAttendee } from './room-client.ts';
import type { AttendeeState } from './room-report.ts';
import type { CardId } from '../troubleshooting/card-ids.ts';

const at = (step: string, login?: CardId): AttendeeState => ({
  step,
  mode: 'demo',
  results: login ? { setup: 'ok', login } : { setup: 'ok' },
});

function fakeAttendee(answers: ReportOutcome[] = []) {
  const sent: AttendeeState[] = [];
  const attendee: RoomAttendee<string, string> = {
    id: 'a',
    report: vi.fn(async (state): Promise<ReportOutcome> => {
      sent.push(state as AttendeeState);
      return answers.shift() ?? { ok: true, seq: sent.length };
    }),
    leave: vi.fn(async () => {}),
  };
  return { attendee, sent };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('startAttendeeReporter', () => {
  it('joins at once, sends a burst of changes as one report, and beats while nothing changes', async () => {
    const { attendee, sent } = fakeAttendee();
    const reporter = startAttendeeReporter(attendee, at('setup'), { heartbeatMs: 30_000, debounceMs: 300 });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([at('setup')]);
    reporter.update(at('login'));
    await vi.advanceTimersByTimeAsync(100);
    reporter.update(at('login', 'login-unauthorized'));
    reporter.update(at('login', 'login-unauthorized'));
    await vi.advanceTimersByTimeAsync(299);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([at('setup'), at('login', 'login-unauthorized')]);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([at('setup'), at('login', 'login-unauthorized'), at('login', 'login-unauthorized')]);
    reporter.stop();
    reporter.update(at('verify'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(3);
  });

  it('waits as long as a 429 asks, then sends the latest state', async () => {
    const { attendee, sent } = fakeAttendee([{ ok: false, reason: 'rate_limited', retryAfterMs: 5_000 }]);
    const reporter = startAttendeeReporter(attendee, at('setup'), { heartbeatMs: 30_000, debounceMs: 300 });
    await vi.advanceTimersByTimeAsync(0);
    reporter.update(at('login'));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(sent).toEqual([at('setup')]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([at('setup'), at('login')]);
  });

  it('stops when the server says no workshop runs any more', async () => {
    const outcomes: ReportOutcome[] = [];
    const { attendee, sent } = fakeAttendee([{ ok: false, reason: 'no_workshop' }]);
    const reporter = startAttendeeReporter(attendee, at('setup'), {
      heartbeatMs: 1_000,
      onOutcome: (outcome) => outcomes.push(outcome),
    });
    await vi.advanceTimersByTimeAsync(0);
    reporter.update(at('login'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(1);
    expect(outcomes).toEqual([{ ok: false, reason: 'no_workshop' }]);
  });
});
