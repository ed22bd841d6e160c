import { useId } from 'react';
import { ORG_PATTERN } from '../api/contract.ts';
import { keyFingerprint } from '../secrets/mask.ts';
import { useNotebook } from './notebook-context.tsx';
import type { CellId } from './notebook-state.ts';

/** The values a cell reads from the user, shown above its code like a form over a notebook cell. */
export function CellInputs({ id }: { id: CellId }) {
  if (id === 'configure') return <KeyInputs />;
  if (id === 'base-url') return <OrgInput />;
  return null;
}

function KeyInputs() {
  const { state, config, setInputs } = useNotebook();
  const fieldId = useId();
  const serverKey = config?.serverKey;
  const serverKeyUsable = Boolean(serverKey?.set && serverKey.usable);
  const { keySource, pastedKey } = state.inputs;
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
          The server&apos;s <code>MONAI_API_KEY</code>
          {serverKey?.set ? (
            <>
              : <code>{serverKey.fingerprint}</code>
              {!serverKey.usable && ' (only for the machine that runs the app)'}
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
        <p className="field__help">
          You opened this notebook from another machine, so the server&apos;s key stays on the machine that
          runs the app: paste a key of your own.
        </p>
      )}
      <div className="field">
        <label htmlFor={`${fieldId}-key`}>NGC API key</label>
        <input
          id={`${fieldId}-key`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={pastedKey}
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

function OrgInput() {
  const { state, setInputs } = useNotebook();
  const fieldId = useId();
  const valid = ORG_PATTERN.test(state.inputs.org);
  return (
    <div className="cell-inputs field">
      <label htmlFor={`${fieldId}-org`}>Organization (ngc_org)</label>
      <input
        id={`${fieldId}-org`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={state.inputs.org}
        aria-invalid={!valid}
        aria-describedby={`${fieldId}-org-help`}
        onChange={(event) => setInputs({ org: event.target.value })}
      />
      <p id={`${fieldId}-org-help`} className="field__help">
        {valid
          ? 'The default, iasixjqzw1hj, is the org for MONAI users.'
          : 'An org ID is 1 to 64 letters, digits, "-" or "_".'}
      </p>
    </div>
  );
}
