import { useId, useState } from 'react';
import { usePresenting } from '../presenter/presenter-context.tsx';
import { maskSecret } from '../secrets/mask.ts';
import { CopyButton } from './copy-button.tsx';

export const REVEAL_OFF_REASON = 'Reveal is off while secrets are locked.';

/**
 * A secret shown masked; Reveal is explicit and per value, Copy copies without revealing. While presenting
 * (a shared screen), Reveal is off and says why; a value revealed before that is masked again.
 */
export function SecretValue({
  label,
  value,
  display,
}: {
  label: string;
  value: string;
  display?: (shown: string) => string;
}) {
  const presenting = usePresenting();
  const reasonId = useId();
  const [revealed, setRevealed] = useState(false);
  // Presenting wins at once, and for good: switching it off later does not bring the value back on screen.
  if (presenting && revealed) setRevealed(false);
  const masked = maskSecret(value);
  const show = (text: string) => (display ? display(text) : text);
  return (
    <span className="secret">
      <code className="secret__value" data-revealed={revealed}>
        {show(revealed ? value : masked)}
      </code>
      {/* Printing a page never prints a revealed secret: print styles show this masked copy instead. */}
      {revealed && (
        <code className="secret__print-mask" aria-hidden="true">
          {show(masked)}
        </code>
      )}
      {/* aria-disabled rather than disabled: the button stays focusable, so its reason can be read. */}
      <button
        type="button"
        className="button button--small"
        aria-pressed={revealed}
        aria-disabled={presenting || undefined}
        aria-describedby={presenting ? reasonId : undefined}
        title={presenting ? REVEAL_OFF_REASON : undefined}
        onClick={() => {
          if (!presenting) setRevealed((current) => !current);
        }}
      >
        {revealed ? `Hide ${label}` : `Reveal ${label}`}
      </button>
      {presenting && (
        <span id={reasonId} className="secret__reason">
          {REVEAL_OFF_REASON}
        </span>
      )}
      <CopyButton text={display ? display(value) : value} label={`Copy ${label}`} />
    </span>
  );
}
