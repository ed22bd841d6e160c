// Login: swaps the API key for a JWT at POST {host_url}/api/v1/login. Its snippets are whole programs that
// read the key from MONAI_API_KEY; Verify's snippets start with the same login (loginSnippet).
import { DEFAULT_HOST_URL } from '../../../../src/api/contract.ts';
import { loginThroughProxy } from '../../../../src/api/login.ts';
import { formatUtc } from '../../../../src/format/format-utc.ts';
import {
  defineCell,
  type CodeContext,
  type SnippetLanguage,
} from '../../../../src/notebook/cell-definition.ts';
import { failureOf } from '../../../../src/notebook/failure-of.ts';
import { useNotebook } from '../../../../src/notebook/notebook-context.tsx';
import { Fact, Facts, httpStatus } from '../../../../src/notebook/output-facts.tsx';
import { SecretValue } from '../../../../src/notebook/secret-value.tsx';
import { useNowSeconds } from '../../../../src/notebook/use-now.ts';
import { decodeJwt, formatDuration, tokenTimes, type JwtClaims } from '../../../../src/secrets/jwt.ts';
import { loginRules } from './login.rules.ts';

interface LoginOutput {
  status: number;
  durationMs: number;
  userId: string;
  claims: JwtClaims | null;
  /** What the Python prints for the token: its ends and its length, never all of it. */
  tokenPreview: string;
}

/** The same masking as the Python's print, so the export's output is what the code would print. */
export function tokenPreview(token: string): string {
  return `${token.slice(0, 10)}…${token.slice(-4)} (${token.length} characters)`;
}

const pythonPrintToken = 'print("JWT", f"{token[:10]}…{token[-4:]} ({len(token)} characters)")';

export const cell = defineCell<LoginOutput>({
  id: 'login',
  needs: ['configure'],
  minutes: 1,
  failureRules: loginRules,
  code: () =>
    [
      '# Exchange the NGC API key for a JWT',
      'api_url = f"{host_url}/api/v1"',
      'response = requests.post(f"{api_url}/login", json={"ngc_api_key": ngc_api_key})',
      'response.raise_for_status()',
      'assert "user_id" in response.json().keys(), "user_id is not in response."',
      'user_id = response.json()["user_id"]',
      'print("User ID", user_id)',
      'assert "token" in response.json().keys(), "token is not in response."',
      'token = response.json()["token"]',
      '# The token is a credential: print its ends to recognise it, never all of it',
      pythonPrintToken,
    ].join('\n'),
  snippets: (context) => ({
    python: [...loginSnippet('python', context), 'print("User ID", user_id)', pythonPrintToken].join('\n'),
    bash: [
      ...loginSnippet('bash', context),
      'echo "User ID $user_id"',
      'echo "JWT ${token:0:10}…${token: -4} (${#token} characters)"',
    ].join('\n'),
    typescript: [
      ...loginSnippet('typescript', context),
      "console.log('User ID', userId);",
      "console.log('JWT', `${token.slice(0, 10)}…${token.slice(-4)} (${token.length} characters)`);",
    ].join('\n'),
  }),
  run: async ({ state, signal }) => {
    const { host_url: hostUrl, ngc_api_key: key } = state.vars;
    try {
      const result = await loginThroughProxy(key?.source === 'pasted' ? key.value : undefined, signal);
      const { token, user_id: userId } = result.data;
      return {
        ok: true,
        output: {
          status: result.status,
          durationMs: result.durationMs,
          userId,
          claims: decodeJwt(token)?.claims ?? null,
          tokenPreview: tokenPreview(token),
        },
        vars: { api_url: `${hostUrl ?? DEFAULT_HOST_URL}/api/v1`, user_id: userId, token },
      };
    } catch (error) {
      return { ok: false, failure: failureOf(error), clearVars: ['user_id', 'token'] };
    }
  },
  simulatedNote: 'this token was made up in your browser and works only in this demo.',
  Output: LoginOutputView,
  printed: (output) => `User ID ${output.userId}\nJWT ${output.tokenPreview}`,
});

function LoginOutputView({ output }: { output: LoginOutput }) {
  const { state } = useNotebook();
  const now = useNowSeconds();
  const times = output.claims ? tokenTimes(output.claims, now) : null;
  return (
    <Facts>
      <Fact label="HTTP status">{httpStatus(output.status)}</Fact>
      <Fact label="Time taken">{output.durationMs} ms</Fact>
      <Fact label="User ID">
        <code>{output.userId}</code>
      </Fact>
      <Fact label="JWT">
        {state.vars.token ? <SecretValue label="token" value={state.vars.token} /> : '—'}
      </Fact>
      {times?.issuedAt && <Fact label="Issued at">{formatUtc(times.issuedAt)}</Fact>}
      {times?.expiresAt && <Fact label="Expires at">{formatUtc(times.expiresAt)}</Fact>}
      {times && times.secondsLeft !== undefined && (
        <Fact label="Time left">
          {/* Ticks every second near the end: kept out of the cell's live region, which announces results. */}
          <span role="timer" aria-live="off">
            {times.expired ? 'Expired' : formatDuration(times.secondsLeft)}
          </span>
        </Fact>
      )}
      {!output.claims && <Fact label="Token format">Not a JWT: its expiry cannot be read.</Fact>}
    </Facts>
  );
}

/**
 * The start of every standalone snippet: read the key from MONAI_API_KEY, log in, stop with the API's message
 * on an HTTP error, and leave `user_id` and `token` (userId, token) set. The key and the token never go on a
 * command line, into a URL or into the output.
 */
export function loginSnippet(language: SnippetLanguage, { hostUrl }: CodeContext): string[] {
  switch (language) {
    case 'python':
      return [
        '# Needs Python 3 and requests (pip install requests). The key comes from MONAI_API_KEY, never from the code.',
        'import os',
        'import requests',
        '',
        `host_url = "${hostUrl}"`,
        'ngc_api_key = os.environ.get("MONAI_API_KEY")',
        'if not ngc_api_key:',
        '    raise SystemExit("Set MONAI_API_KEY to your NGC API key first.")',
        '',
        '# Exchange the NGC API key for a JWT',
        'api_url = f"{host_url}/api/v1"',
        'response = requests.post(f"{api_url}/login", json={"ngc_api_key": ngc_api_key})',
        'if not response.ok:',
        '    raise SystemExit(f"Login failed: HTTP {response.status_code}: {response.text}")',
        'user_id = response.json()["user_id"]',
        'token = response.json()["token"]',
      ];
    case 'bash':
      return [
        '#!/usr/bin/env bash',
        '# Needs bash, curl 7.76+ and jq (https://jqlang.org, e.g. apt-get install jq).',
        '# jq builds the body from MONAI_API_KEY and curl reads it from stdin: the key never becomes a',
        '# command-line argument that other users of the machine could see with ps.',
        'set -euo pipefail',
        ': "${MONAI_API_KEY:?Set MONAI_API_KEY to your NGC API key first}"',
        'command -v jq >/dev/null || { echo "This snippet needs jq: apt-get install jq" >&2; exit 1; }',
        `host_url="${hostUrl}"`,
        '',
        "# Exchange the NGC API key for a JWT; on an HTTP error, stop with the API's message",
        "if ! response=$(jq -n '{ngc_api_key: env.MONAI_API_KEY}' \\",
        '  | curl -sS --fail-with-body -X POST "$host_url/api/v1/login" \\',
        '      -H "Content-Type: application/json" --data-binary @-); then',
        '  echo "Login failed: $response" >&2',
        '  exit 1',
        'fi',
        'user_id=$(jq -er .user_id <<<"$response")',
        'token=$(jq -er .token <<<"$response") || { echo "The login answer holds no token." >&2; exit 1; }',
      ];
    case 'typescript':
      return [
        '// Save as a .mts file and run it with `npx tsx file.mts` (Node 18 or later, for its built-in fetch).',
        '// The key comes from MONAI_API_KEY, never from the code.',
        `const hostUrl = '${hostUrl}';`,
        'const ngcApiKey = process.env.MONAI_API_KEY;',
        'if (!ngcApiKey) {',
        "  console.error('Set MONAI_API_KEY to your NGC API key first.');",
        '  process.exit(1);',
        '}',
        '',
        '// Exchange the NGC API key for a JWT',
        'const apiUrl = `${hostUrl}/api/v1`;',
        'const loginResponse = await fetch(`${apiUrl}/login`, {',
        "  method: 'POST',",
        "  headers: { 'Content-Type': 'application/json' },",
        '  body: JSON.stringify({ ngc_api_key: ngcApiKey }),',
        '});',
        'if (!loginResponse.ok) {',
        '  console.error(`Login failed: HTTP ${loginResponse.status}: ${await loginResponse.text()}`);',
        '  process.exit(1);',
        '}',
        'const { user_id: userId, token } = (await loginResponse.json()) as { user_id: string; token: string };',
      ];
  }
}
