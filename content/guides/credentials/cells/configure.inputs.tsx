// Configure's inputs: which key to use (the server's, demo mode's stand-in, or one pasted here) and the field.
import { useEffect, useId, useRef } from 'react';
import { useNotebook } from '../../../../src/notebook/notebook-context.tsx';
import { keyFingerprint } from '../../../../src/secrets/mask.ts';
import { serverKeyRefusalText } from '../../../../src/secrets/server-key-refusal.ts';

export function KeyInputs() {
  const { state, config, simulated, setInputs } = useNotebook();
  const fieldId = useId();
  const serverKey = config?.serverKey;
  const serverKeyUsable = Boolean(serverKey?.set && serverKey.usable);
  const { keySource, pastedKey } = state.inputs;
  // Uncontrolled: React mirrors a controlled input's value into its `value` attribute, which puts the key in
  // outerHTML and DOM snapshots. The property alone holds it; a reset elsewhere is copied in here.
  const keyField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (keyField.current && keyField.current.value !== pastedKey) keyField.current.value = pastedKey;
  }, [pastedKey]);
  return (
    <fieldset className="cell-inputs">
      <legend>Which key to use</legend>
      <label className="choice">
        <input
          type="radio"
          name={`${fieldId}-source`}
          checked={keySource === 'server'}
          disabled={!serverKeyUsable}
          onChange={() => setInputs({ keySource: 'server' })}
        />
        {/* One flex item, so the words wrap as a sentence instead of as separate columns. */}
        <span>
          {simulated ? (
            // Demo mode has no server key: its stand-in opens the simulated API and nothing else.
            <>The demo&apos;s stand-in key</>
          ) : (
            <>
              The server&apos;s <code>MONAI_API_KEY</code>
            </>
          )}
          {serverKey?.set ? (
            <>
              : <code>{serverKey.fingerprint}</code>
              {simulated && ' (not a real key: only the simulated API accepts it)'}
              {!serverKey.usable &&
                (serverKey.notUsableBecause === 'not-this-machine'
                  ? ' (only for the machine that runs the app)'
                  : ' (only for the browser that opened the server’s link)')}
            </>
          ) : (
            ' (not set)'
          )}
        </span>
      </label>
      <label className="choice">
        <input
          type="radio"
          name={`${fieldId}-source`}
          checked={keySource === 'pasted'}
          onChange={() => setInputs({ keySource: 'pasted' })}
        />
        A key I paste here
      </label>
      {serverKey?.set && !serverKey.usable && (
        <p className="field__help">{serverKeyRefusalText(serverKey.notUsableBecause)}</p>
      )}
      <div className="field">
        <label htmlFor={`${fieldId}-key`}>NGC API key</label>
        <input
          id={`${fieldId}-key`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          ref={keyField}
          aria-describedby={`${fieldId}-key-help`}
          onChange={(event) => setInputs({ pastedKey: event.target.value, keySource: 'pasted' })}
        />
        <p id={`${fieldId}-key-help`} className="field__help">
          {pastedKey ? `Entered: ${keyFingerprint(pastedKey)}. ` : ''}
          Kept in this tab&apos;s memory only: never stored, never put in a URL, sent only to the login call.
        </p>
      </div>
    </fieldset>
  );
}
