import { useState } from 'react';
import { useNowSeconds } from './use-now.ts';

/**
 * "Running… 4 s": a slow request shows that time passes, so nobody wonders whether it hangs. It mounts when the
 * run starts, so its own mount time is the start. The seconds are not announced (aria-live off): the output's
 * live region must not read out every tick.
 */
export function RunningLine() {
  const [startedAt] = useState(() => Date.now() / 1000);
  const elapsed = Math.max(0, Math.floor(useNowSeconds() - startedAt));
  return (
    <p className="output__line">
      Running…{' '}
      <span aria-live="off" className="output__elapsed">
        {elapsed} s
      </span>
    </p>
  );
}
