import { useState } from 'react';
import { useNowSeconds } from '../notebook/use-now.ts';

function elapsedText(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** The time of day and the time since the talk started (since this view opened, or the last reset). */
export function SpeakerClock() {
  const now = useNowSeconds();
  const [start, setStart] = useState(() => Date.now() / 1000);
  const time = new Date(now * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <div className="speaker-clock">
      <p>
        <span className="speaker-clock__label">Time</span>{' '}
        <span className="speaker-clock__value">{time}</span>
      </p>
      <p>
        <span className="speaker-clock__label">Elapsed</span>{' '}
        <span className="speaker-clock__value" role="timer" aria-live="off">
          {elapsedText(now - start)}
        </span>
      </p>
      <button type="button" className="button button--small" onClick={() => setStart(Date.now() / 1000)}>
        Reset timer
      </button>
    </div>
  );
}
