import { formatDuration, tokenTimes, decodeJwt } from '../secrets/jwt.ts';
import { useNotebook } from '../notebook/notebook-context.tsx';
import { useNowSeconds } from '../notebook/use-now.ts';

/** The token's remaining life, and one button to run the login cell (`from`) again and every cell after it. */
export function RefreshCredentials({ from }: { from: string }) {
  const notebook = useNotebook();
  const now = useNowSeconds();
  const token = notebook.state.vars.token;
  const claims = token ? decodeJwt(token)?.claims : undefined;
  const times = claims ? tokenTimes(claims, now) : undefined;
  const running = Object.values(notebook.state.cells).some((cell) => cell.status === 'running');
  const status = !token
    ? 'No token yet: run the login cell, or press the button.'
    : !times?.expiresAt
      ? 'You have a token; it does not say when it expires.'
      : times.expired
        ? `Your token expired (${formatDuration(times.secondsLeft ?? 0)}). Refresh to get a new one.`
        : `Your token expires in ${formatDuration(times.secondsLeft ?? 0)}.`;
  return (
    <div className="refresh">
      <p className="refresh__status" role="timer" aria-live="off">
        {status}
      </p>
      <button
        type="button"
        className="button button--primary"
        disabled={running || !notebook.ready}
        onClick={() => void notebook.rerunFrom(from)}
      >
        Refresh credentials
      </button>
    </div>
  );
}
