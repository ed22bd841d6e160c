// Base URL and headers: the org's URL and the Authorization header every later call uses.
import { useId } from 'react';
import { DEFAULT_HOST_URL, ORG_PATTERN } from '../../../../src/api/contract.ts';
import { defineCell } from '../../../../src/notebook/cell-definition.ts';
import { useNotebook } from '../../../../src/notebook/notebook-context.tsx';
import { Fact, Facts } from '../../../../src/notebook/output-facts.tsx';
import { SecretValue } from '../../../../src/notebook/secret-value.tsx';

interface BaseUrlOutput {
  org: string;
  baseUrl: string;
}

export const cell = defineCell<BaseUrlOutput>({
  id: 'base-url',
  needs: ['login'],
  reads: ['org'],
  minutes: 1,
  Inputs: OrgInput,
  code: ({ org }) =>
    [
      '# Construct the URL and headers for your org',
      `ngc_org = "${org}"`,
      'base_url = f"{api_url}/orgs/{ngc_org}"',
      'print("API calls will be forwarded to", base_url)',
      'headers = {"Authorization": f"Bearer {token}"}',
    ].join('\n'),
  run: async ({ state }) => {
    const org = state.inputs.org;
    if (!ORG_PATTERN.test(org)) {
      return { ok: false, failure: { kind: 'invalid-org', org }, clearVars: ['ngc_org', 'base_url'] };
    }
    const baseUrl = `${state.vars.api_url ?? `${DEFAULT_HOST_URL}/api/v1`}/orgs/${org}`;
    return { ok: true, output: { org, baseUrl }, vars: { ngc_org: org, base_url: baseUrl } };
  },
  simulatedNote: 'the token in this header is the made-up one from Login.',
  Output: BaseUrlOutputView,
  printed: (output) => `API calls will be forwarded to ${output.baseUrl}`,
});

function BaseUrlOutputView({ output }: { output: BaseUrlOutput }) {
  const { state } = useNotebook();
  return (
    <Facts>
      <Fact label="base_url">
        <code>{output.baseUrl}</code>
      </Fact>
      <Fact label="headers">
        {state.vars.token ? (
          <SecretValue
            label="Authorization header"
            value={state.vars.token}
            display={(token) => `Authorization: Bearer ${token}`}
          />
        ) : (
          '—'
        )}
      </Fact>
      <Fact label="Printed">API calls will be forwarded to {output.baseUrl}</Fact>
    </Facts>
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
