// Configure: where requests go and which key they carry. The code reads the key from MONAI_API_KEY whatever
// the session used: a pasted key is never written into code.
import { DEFAULT_HOST_URL } from '../../../../src/api/contract.ts';
import type { KeyKind } from '../../../../src/api/contract.ts';
import { defineCell } from '../../../../src/notebook/cell-definition.ts';
import { useNotebook } from '../../../../src/notebook/notebook-context.tsx';
import type { KeySource } from '../../../../src/notebook/notebook-state.ts';
import { Fact, Facts } from '../../../../src/notebook/output-facts.tsx';
import { blockingProblems, checkKey } from '../../../../src/secrets/key-checks.ts';
import { keyFingerprint } from '../../../../src/secrets/mask.ts';
import { KeyInputs } from './configure.inputs.tsx';
import type { Failure } from '../../../../src/troubleshooting/failure.ts';

interface ConfigureOutput {
  hostUrl: string;
  keySource: KeySource;
  fingerprint: string;
  keyKind: KeyKind;
  /** Set when the user chose to send a key of an unknown shape anyway. */
  overridden: boolean;
}

const keyComment: Record<KeySource | 'demo', string> = {
  server: "# This session used the server's MONAI_API_KEY; here the key comes from your environment",
  // Demo mode's "server key" is a stand-in the simulated API accepts, not anyone's MONAI_API_KEY.
  demo: "# This session used the demo's stand-in key; here the key comes from your environment",
  pasted: '# This session used a key pasted in the browser; here the key comes from your environment',
};

export const cell = defineCell<ConfigureOutput>({
  id: 'configure',
  needs: ['setup'],
  reads: ['keySource', 'pastedKey'],
  minutes: 5,
  Inputs: KeyInputs,
  code: ({ hostUrl, keySource, simulated }) =>
    [
      '# API endpoint and credentials',
      '# MONAI_HOST_URL points the notebook at another API (a test server, say); the default is the host of this session',
      `host_url = os.environ.get("MONAI_HOST_URL", "${hostUrl}")`,
      keyComment[keySource === 'server' && simulated ? 'demo' : keySource],
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
      // An empty field while another key is on offer is about the field, not about a server without a key.
      const emptyField = keySource === 'pasted' && Boolean(config?.serverKey.set);
      const failure: Failure = blocking.includes('empty')
        ? { kind: 'no-key', ...(emptyField ? { emptyField } : {}) }
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
  simulatedNote:
    'the demo’s simulated API takes any key shaped like one, so only live mode finds out whether this key works.',
  Output: ConfigureOutputView,
  // The Python prints nothing here.
  printed: () => null,
});

const sourceWords = {
  server: "The server's MONAI_API_KEY",
  demo: "The demo's stand-in key (not a real key)",
  pasted: 'Pasted here, kept in this tab only',
};

function ConfigureOutputView({ output }: { output: ConfigureOutput }) {
  const { simulated } = useNotebook();
  return (
    <Facts>
      <Fact label="host_url">
        <code>{output.hostUrl}</code>
      </Fact>
      <Fact label="ngc_api_key">
        <code>{output.fingerprint}</code>
      </Fact>
      <Fact label="Source">
        {sourceWords[output.keySource === 'server' && simulated ? 'demo' : output.keySource]}
      </Fact>
      <Fact label="Format">
        {output.keyKind === 'personal'
          ? 'Personal key (nvapi-…)'
          : output.keyKind === 'legacy'
            ? 'Legacy NGC API key'
            : 'Not a known format: sent anyway, as you chose'}
      </Fact>
    </Facts>
  );
}
