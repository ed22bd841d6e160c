import { urlForMode, type ModeDecision } from './resolve-mode.ts';

/** Always says which mode the notebook is in, and why; switching reloads into the other mode. */
export function ModeSwitch({
  decision,
  hostUrl,
}: {
  /** Undefined while the app is starting. */
  decision: ModeDecision | undefined;
  hostUrl: string | undefined;
}) {
  if (!decision) {
    return (
      <div className="mode mode--starting">
        <p className="mode__badge" role="status">
          <strong>Starting…</strong> checking the server’s configuration.
        </p>
        {/* Hold the room the reason and the switch will take, so the page below does not jump (CLS). */}
        <p className="mode__reason mode__placeholder" aria-hidden="true">
          &nbsp;
        </p>
        <span className="button mode__placeholder" aria-hidden="true">
          Switch to live mode
        </span>
      </div>
    );
  }
  const other = decision.mode === 'demo' ? 'live' : 'demo';
  return (
    <div className={`mode mode--${decision.mode}`}>
      <p className="mode__badge" role="status">
        <strong>{decision.mode === 'demo' ? 'Demo mode' : 'Live mode'}</strong>
        {decision.mode === 'demo'
          ? ': offline, answers are simulated in your browser.'
          : `: requests go through this app's proxy to ${hostUrl ?? 'the API'}.`}
      </p>
      <p className="mode__reason">{decision.reason}</p>
      <a className="button" href={urlForMode(window.location.href, other)}>
        Switch to {other} mode
      </a>
    </div>
  );
}
