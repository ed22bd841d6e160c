import { useState } from 'react';
import { maskSecret } from '../secrets/mask.ts';
import { CopyButton } from './copy-button.tsx';

/** A secret shown masked; Reveal is explicit and per value, Copy copies without revealing. */
export function SecretValue({
  label,
  value,
  display,
}: {
  label: string;
  value: string;
  display?: (shown: string) => string;
}) {
  const [revealed, setRevealed] = useState(false);
  const shown = revealed ? value : maskSecret(value);
  return (
    <span className="secret">
      <code className="secret__value" data-revealed={revealed}>
        {display ? display(shown) : shown}
      </code>
      <button
        type="button"
        className="button button--small"
        aria-pressed={revealed}
        onClick={() => setRevealed((value) => !value)}
      >
        {revealed ? `Hide ${label}` : `Reveal ${label}`}
      </button>
      <CopyButton text={display ? display(value) : value} label={`Copy ${label}`} />
    </span>
  );
}
