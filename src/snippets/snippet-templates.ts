// The text of each request snippet, with __HOST_URL__ and __ORG__ filled in by requestSnippets. Every key and
// token is read from the environment or from the login's answer, so a copied snippet never holds a secret.

export type SnippetCellId = 'login' | 'verify';
export type SnippetLanguage = 'python' | 'bash' | 'typescript';

const pythonLogin = [
  'import os',
  'import requests',
  '',
  '# API endpoint and credentials: the key comes from the environment, never from the code',
  'host_url = "__HOST_URL__"',
  'ngc_api_key = os.environ["MONAI_API_KEY"]',
  '',
  '# Exchange the NGC API key for a JWT',
  'api_url = f"{host_url}/api/v1"',
  'response = requests.post(f"{api_url}/login", json={"ngc_api_key": ngc_api_key})',
  'response.raise_for_status()',
  'user_id = response.json()["user_id"]',
  'token = response.json()["token"]  # a credential too: keep it out of logs',
  'print("User ID", user_id)',
];

const pythonVerify = [
  'import os',
  'import requests',
  '',
  'host_url = "__HOST_URL__"',
  'api_url = f"{host_url}/api/v1"',
  '',
  '# Log in to get a token, as the Login cell does',
  'response = requests.post(f"{api_url}/login", json={"ngc_api_key": os.environ["MONAI_API_KEY"]})',
  'response.raise_for_status()',
  'token = response.json()["token"]',
  '',
  '# A cheap authenticated call: list the experiments in your org',
  'ngc_org = "__ORG__"',
  'base_url = f"{api_url}/orgs/{ngc_org}"',
  'headers = {"Authorization": f"Bearer {token}"}',
  'response = requests.get(f"{base_url}/experiments", headers=headers)',
  'response.raise_for_status()',
  'print(len(response.json()["experiments"]), "experiments")',
];

// jq reads the key from its environment (env.MONAI_API_KEY) and curl reads the body from stdin, so the key
// never becomes a command-line argument that other users of the machine could see with `ps`. --fail makes
// curl print the HTTP status and exit non-zero on an error instead of handing the error page to jq.
const curlLoginRequest = [
  `jq -n '{ngc_api_key: env.MONAI_API_KEY}' \\`,
  '  | curl --fail -sS -X POST "__HOST_URL__/api/v1/login" \\',
  '      -H "Content-Type: application/json" --data-binary @- \\',
];

const bashLogin = [
  ': "${MONAI_API_KEY:?Set MONAI_API_KEY to your NGC API key first}"',
  '',
  '# Exchange the NGC API key for a JWT (jq and stdin keep the key off the command line)',
  ...curlLoginRequest,
  '  | jq -r \'"User ID \\(.user_id)"\'',
];

const bashVerify = [
  ': "${MONAI_API_KEY:?Set MONAI_API_KEY to your NGC API key first}"',
  '',
  '# Log in and keep the token in a shell variable: never paste it into a command',
  'MONAI_TOKEN=$(',
  ...curlLoginRequest.map((line) => `  ${line}`),
  '    | jq -r .token)',
  '',
  '# List the experiments in your org; the header comes from stdin, so the token stays off the command line',
  `printf 'Authorization: Bearer %s\\n' "$MONAI_TOKEN" \\`,
  '  | curl --fail -sS "__HOST_URL__/api/v1/orgs/__ORG__/experiments" -H @- \\',
  `  | jq -r '"\\(.experiments | length) experiments"'`,
];

const typescriptKey = [
  '// Save as a .mts file and run it with `npx tsx file.mts` (Node 18 or later, for its built-in fetch).',
  '// The key comes from the environment, never from the code.',
  "const hostUrl = '__HOST_URL__';",
  'const apiKey = process.env.MONAI_API_KEY;',
  "if (!apiKey) throw new Error('Set MONAI_API_KEY to your NGC API key first.');",
  '',
  '// Exchange the NGC API key for a JWT',
  'const loginResponse = await fetch(`${hostUrl}/api/v1/login`, {',
  "  method: 'POST',",
  "  headers: { 'Content-Type': 'application/json' },",
  '  body: JSON.stringify({ ngc_api_key: apiKey }),',
  '});',
  'if (!loginResponse.ok) throw new Error(`Login failed: ${loginResponse.status} ${loginResponse.statusText}`);',
];

const typescriptLogin = [
  ...typescriptKey,
  'const { user_id: userId, token } = (await loginResponse.json()) as { user_id: string; token: string };',
  "console.log('User ID', userId);",
  '// `token` goes into the Authorization header of later calls; it is a credential too, so never log it',
];

const typescriptVerify = [
  ...typescriptKey,
  'const { token } = (await loginResponse.json()) as { token: string };',
  '',
  '// A cheap authenticated call: list the experiments in your org',
  "const org = '__ORG__';",
  'const response = await fetch(`${hostUrl}/api/v1/orgs/${org}/experiments`, {',
  '  headers: { Authorization: `Bearer ${token}` },',
  '});',
  'if (!response.ok) throw new Error(`Verify failed: ${response.status} ${response.statusText}`);',
  'const { experiments } = (await response.json()) as { experiments: unknown[] };',
  "console.log(experiments.length, 'experiments');",
];

export const snippetTemplates: Record<SnippetCellId, Record<SnippetLanguage, readonly string[]>> = {
  login: { python: pythonLogin, bash: bashLogin, typescript: typescriptLogin },
  verify: { python: pythonVerify, bash: bashVerify, typescript: typescriptVerify },
};
