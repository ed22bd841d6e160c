// Configure: where requests go and which key they carry. The code reads the key from MONAI_API_KEY whatever
// the session used: a pasted key is never written into code.
import { useEffect, useId, useRef } from 'react';
import { DEFAULT_HOST_URL } from '../../../../src/api/contract.ts';
import { serverKeyRefusalText } from '../../../../src/app/resolve-mode.ts';
import type { KeyKind } from '../../../../src/api/contract.ts';
import { defineCell } from '../../../../src/notebook/cell-definition.ts';
import { useNotebook } from '../../../../src/notebook/notebook-context.tsx';
import type { KeySource } from '../../../../src/notebook/notebook-state.ts';
import { Fact, Facts } from '../../../../src/notebook/output-facts.tsx';
import { blockingProblems, checkKey } from '../../../../src/secrets/key-checks.ts';
import { keyFingerprint } from '../../../../src/secrets/mask.ts';
import type { Failure } from '../../../../src/troubleshooting/failure.ts';

interface ConfigureOutput {
  hostUrl: string;
  keySource: KeySource;
  fingerprint: string;
  keyKind: KeyKind;
  /** Set when the user chose to send a key of an unknown shape anyway. */
  overridden: boolean;
}

const keyComment: Record<KeySource, string> = {
  server: "# This session used the server's MONAI_API_KEY; here the key comes from your environment",
  pasted: '# This session used a key pasted in the browser; here the key comes from your environment',
};

export const cell = defineCell<ConfigureOutput>({
  id: 'configure',
  needs: ['setup'],
  reads: ['keySource', 'pastedKey'],
  minutes: 5,
  Inputs: KeyInputs,
  code: ({ hostUrl, keySource }) =>
    [
      '# API endpoint and credentials',
      '# MONAI_HOST_URL points the notebook at another API (a test server, say); the default is the host of this session',
      `host_url = os.environ.get("MONAI_HOST_URL", "${hostUrl}")`,
      keyComment[keySource],
      'ngc_api_key = os.environ.get("MONAI_API_KEY", "<YOUR_API_KEY>")',
    ].join('\n'),
  run: async ({ state, config }) => {
    const hostUrl = config?.hostUrl ?? DEFAULT_HOST_URL;
    const clear = ['ngc_api_key'] as const;
    const { keySource, pastedKey } = state.inputs;
    let problems;
    let fingerprint;
    let keyKind;
    let value: string | undefined;
    if (keySource === 'server') {
      const serverKey = config?.serverKey;
      if (!serverKey?.set || !serverKey.usable)
        return { ok: false, failure: { kind: 'no-key' }, clearVars: [...clear] };
      ({ problems, fingerprint, kind: keyKind } = serverKey);
    } else {
      ({ problems, kind: keyKind } = checkKey(pastedKey));
      fingerprint = keyFingerprint(pastedKey);
      value = pastedKey;
    }
    const blocking = problems.filter((problem) => blockingProblems.includes(problem));
    if (blocking.length > 0) {
      const failure: Failure = blocking.includes('empty')
        ? { kind: 'no-key' }
        : { kind: 'key-problem', problems: blocking, source: keySource, blocking: true };
      return { ok: false, failure, clearVars: [...clear] };
    }
    const warnings = problems.filter((problem) => !blockingProblems.includes(problem));
    if (warnings.length > 0 && !state.inputs.acceptUnknownKeyShape) {
      const failure: Failure = {
        kind: 'key-problem',
        problems: warnings,
        source: keySource,
        blocking: false,
      };
      return { ok: false, failure, clearVars: [...clear] };
    }
    return {
      ok: true,
      output: { hostUrl, keySource, fingerprint, keyKind, overridden: warnings.length > 0 },
      vars: { host_url: hostUrl, ngc_api_key: { source: keySource, value, fingerprint } },
    };
  },
  Output: ({ output }) => (
    <Facts>
      <Fact label="host_url">
        <code>{output.hostUrl}</code>
      </Fact>
      <Fact label="ngc_api_key">
        <code>{output.fingerprint}</code>
      </Fact>
      <Fact label="Source">
        {output.keySource === 'server' ? "The server's MONAI_API_KEY" : 'Pasted here, kept in this tab only'}
      </Fact>
      <Fact label="Format">
        {output.keyKind === 'personal'
          ? 'Personal key (nvapi-…)'
          : output.keyKind === 'legacy'
            ? 'Legacy NGC API key'
            : 'Not a known format: sent anyway, as you chose'}
      </Fact>
    </Facts>
  ),
  // The Python prints nothing here.
  printed: () => null,
});

function KeyInputs() {
  const { state, config, setInputs } = useNotebook();
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
          The server&apos;s <code>MONAI_API_KEY</code>
          {serverKey?.set ? (
            <>
              : <code>{serverKey.fingerprint}</code>
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
