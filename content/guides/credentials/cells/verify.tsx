// Verify: a cheap authenticated call, GET {base_url}/experiments, proves the token works.
import { listExperimentsThroughProxy } from '../../../../src/api/list-experiments.ts';
import { defineCell } from '../../../../src/notebook/cell-definition.ts';
import { failureOf } from '../../../../src/notebook/failure-of.ts';
import { Fact, Facts, OkIcon, httpStatus } from '../../../../src/notebook/output-facts.tsx';
import { useNotebook } from '../../../../src/notebook/notebook-context.tsx';
import { decodeJwt } from '../../../../src/secrets/jwt.ts';
import { loginSnippet } from './login.tsx';
import { verifyRules } from './verify.rules.ts';

interface VerifyOutput {
  status: number;
  durationMs: number;
  experimentCount: number;
}

export const cell = defineCell<VerifyOutput>({
  id: 'verify',
  needs: ['base-url'],
  minutes: 1,
  failureRules: verifyRules,
  code: () =>
    [
      '# A cheap authenticated call: list your experiments',
      'response = requests.get(f"{base_url}/experiments", headers=headers)',
      'response.raise_for_status()',
      'print(len(response.json()["experiments"]), "experiments")',
    ].join('\n'),
  snippets: (context) => ({
    python: [
      ...loginSnippet('python', context),
      '',
      '# A cheap authenticated call: list the experiments in your org',
      `ngc_org = "${context.org}"`,
      'base_url = f"{api_url}/orgs/{ngc_org}"',
      'headers = {"Authorization": f"Bearer {token}"}',
      'response = requests.get(f"{base_url}/experiments", headers=headers)',
      'if not response.ok:',
      '    raise SystemExit(f"Verify failed: HTTP {response.status_code}: {response.text}")',
      'print(len(response.json()["experiments"]), "experiments")',
    ].join('\n'),
    bash: [
      ...loginSnippet('bash', context),
      '',
      '# A cheap authenticated call: list the experiments in your org. The header comes from stdin (printf',
      '# is a shell builtin), so the token stays off the command line too.',
      `ngc_org="${context.org}"`,
      'base_url="$host_url/api/v1/orgs/$ngc_org"',
      'if ! response=$(printf \'Authorization: Bearer %s\\n\' "$token" \\',
      '  | curl -sS --fail-with-body "$base_url/experiments" -H @-); then',
      '  echo "Verify failed: $response" >&2',
      '  exit 1',
      'fi',
      'echo "$(jq \'.experiments | length\' <<<"$response") experiments"',
    ].join('\n'),
    typescript: [
      ...loginSnippet('typescript', context),
      '',
      '// A cheap authenticated call: list the experiments in your org',
      `const ngcOrg = '${context.org}';`,
      'const response = await fetch(`${apiUrl}/orgs/${ngcOrg}/experiments`, {',
      '  headers: { Authorization: `Bearer ${token}` },',
      '});',
      'if (!response.ok) {',
      '  console.error(`Verify failed: HTTP ${response.status}: ${await response.text()}`);',
      '  process.exit(1);',
      '}',
      'const { experiments } = (await response.json()) as { experiments: unknown[] };',
      "console.log(experiments.length, 'experiments');",
    ].join('\n'),
  }),
  run: async ({ state, nowSeconds, signal }) => {
    const { token, ngc_org: org } = state.vars;
    if (!token || !org) return { ok: false, failure: { kind: 'missing-dependencies', missing: [] } };
    const exp = decodeJwt(token)?.claims.exp;
    if (typeof exp === 'number' && exp <= nowSeconds) {
      return { ok: false, failure: { kind: 'token-expired', expiredAt: exp } };
    }
    try {
      const result = await listExperimentsThroughProxy(org, token, signal);
      return { ok: true, output: result, vars: {} };
    } catch (error) {
      return { ok: false, failure: failureOf(error) };
    }
  },
  simulatedNote: 'the demo made these experiments up. In live mode this call proves that your token works.',
  Output: VerifyOutputView,
  printed: (output) => `${output.experimentCount} experiments`,
});

function VerifyOutputView({ output }: { output: VerifyOutput }) {
  // "The token works" is a claim about the real API: demo mode's token and key were never checked.
  const { simulated } = useNotebook();
  const experiments = `${output.experimentCount} ${output.experimentCount === 1 ? 'experiment' : 'experiments'}`;
  return (
    <Facts>
      <Fact label="Result">
        <OkIcon />{' '}
        {simulated
          ? `The simulated API accepted the token: ${experiments} came back (made up).`
          : `The token works: ${experiments} came back.`}
      </Fact>
      <Fact label="HTTP status">{httpStatus(output.status)}</Fact>
      <Fact label="Time taken">{output.durationMs} ms</Fact>
    </Facts>
  );
}
