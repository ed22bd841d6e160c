import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST_URL, DEFAULT_ORG } from '../api/contract.ts';
import { guideSections } from '../content/guide.ts';
import { requestSnippets, type SnippetCellId } from './request-snippets.ts';

const HOST = 'https://api.monai.ngc.nvidia.com';
const KEY = `nvapi-${'Zx9Qe7Lm'.repeat(8)}`;
const LEGACY_KEY = 'A1b2C3d4E5'.repeat(8) + 'F6g7';
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyIiwiZXhwIjoxOTAwMDAwMDAwfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

const cellIds: SnippetCellId[] = ['login', 'verify'];

function snippet(cellId: SnippetCellId, label: string, params = { hostUrl: HOST, org: DEFAULT_ORG }) {
  const found = requestSnippets(cellId, params).find((item) => item.label === label);
  if (!found) throw new Error(`no ${label} snippet for ${cellId}`);
  return found.code;
}

function guideCell(cellId: string): string {
  for (const section of guideSections) {
    for (const block of section.blocks)
      if (block.kind === 'cell' && block.cellId === cellId) return block.code;
  }
  throw new Error(`the guide has no ${cellId} cell`);
}

describe('requestSnippets', () => {
  it.each(cellIds)('offers %s as Python, curl and TypeScript, in that order', (cellId) => {
    expect(
      requestSnippets(cellId, { hostUrl: HOST, org: DEFAULT_ORG }).map((s) => [s.label, s.language]),
    ).toEqual([
      ['Python', 'python'],
      ['curl', 'bash'],
      ['TypeScript', 'typescript'],
    ]);
  });

  it.each([
    ['login', 'Python', 'os.environ["MONAI_API_KEY"]', `host_url = "${HOST}"`, 'requests.post('],
    ['login', 'curl', 'env.MONAI_API_KEY', `"${HOST}/api/v1/login"`, '-X POST'],
    ['login', 'TypeScript', 'process.env.MONAI_API_KEY', `'${HOST}'`, "method: 'POST'"],
    ['verify', 'Python', 'os.environ["MONAI_API_KEY"]', `ngc_org = "${DEFAULT_ORG}"`, 'requests.get('],
    ['verify', 'curl', 'env.MONAI_API_KEY', `${HOST}/api/v1/orgs/${DEFAULT_ORG}/experiments`, 'Bearer %s'],
    ['verify', 'TypeScript', 'process.env.MONAI_API_KEY', `const org = '${DEFAULT_ORG}'`, 'Bearer ${token}'],
  ] as const)('%s in %s reads the key from %s and calls %s', (cellId, label, keyRead, target, call) => {
    const code = snippet(cellId, label);
    expect(code).toContain(keyRead);
    expect(code).toContain(target);
    expect(code).toContain(call);
    expect(code).not.toMatch(/__[A-Z_]+__/); // every placeholder was filled in
  });

  it.each(['curl', 'TypeScript'])('checks the answer before reading it in %s', (label) => {
    expect(snippet('login', label)).toMatch(/--fail|!loginResponse\.ok/);
    expect(snippet('verify', label)).toMatch(/--fail -sS "[^"]+experiments"|!response\.ok/);
  });

  it('keeps the key and the token off the curl command line', () => {
    const login = snippet('login', 'curl');
    expect(login).not.toMatch(/\$MONAI_API_KEY|--arg/); // jq reads env.MONAI_API_KEY; curl reads stdin
    expect(login).toContain('--data-binary @-');
    const verify = snippet('verify', 'curl');
    expect(verify).toMatch(/MONAI_TOKEN=\$\([\s\S]*jq -r \.token\)/);
    expect(verify).toContain(`printf 'Authorization: Bearer %s\\n' "$MONAI_TOKEN"`);
    expect(verify).toContain('-H @-');
  });

  it.each(cellIds)('never prints the token in the %s snippets', (cellId) => {
    for (const { code } of requestSnippets(cellId, { hostUrl: HOST, org: DEFAULT_ORG })) {
      expect(code).not.toMatch(/print\([^)]*token|console\.log\([^)]*token|jq[^\n]*\(\.token\)/);
    }
  });

  it.each([
    ['a personal key as the host', { hostUrl: KEY, org: DEFAULT_ORG }],
    ['a legacy key as the org', { hostUrl: HOST, org: LEGACY_KEY }],
    ['a personal key as the org', { hostUrl: HOST, org: KEY }],
    ['a JWT as the org', { hostUrl: HOST, org: JWT }],
    ['a JWT in the host path', { hostUrl: `${HOST}/${JWT}`, org: DEFAULT_ORG }],
    ['a key in the host userinfo', { hostUrl: `https://user:${KEY}@example.com`, org: DEFAULT_ORG }],
  ])('cannot leak %s', (_case, params) => {
    // The parameters carry no key or token by type; extra properties are ignored at run time as well.
    const withSecrets = { ...params, ngcApiKey: KEY, token: JWT };
    for (const cellId of cellIds) {
      const all = requestSnippets(cellId, withSecrets)
        .map((s) => s.code)
        .join('\n');
      expect(all).toContain('MONAI_API_KEY');
      expect(all).not.toContain('nvapi-');
      expect(all).not.toContain(LEGACY_KEY);
      expect(all).not.toContain('eyJ');
    }
  });

  it('has no parameter for a key or a token', () => {
    // @ts-expect-error a key is not a snippet parameter
    requestSnippets('login', { hostUrl: HOST, org: DEFAULT_ORG, ngcApiKey: KEY });
    // @ts-expect-error a token is not a snippet parameter
    requestSnippets('verify', { hostUrl: HOST, org: DEFAULT_ORG, token: JWT });
  });

  it.each([
    ['a valid org', 'my-team_01', 'my-team_01'],
    ['an empty org', '', DEFAULT_ORG],
    ['an org with a quote and a command', 'x"; rm -rf ~; echo "', DEFAULT_ORG],
    ['an org with a path', '../admin', DEFAULT_ORG],
    ['an org of 65 characters', 'a'.repeat(65), DEFAULT_ORG],
  ])('puts %s into the code as %j', (_case, org, expected) => {
    for (const label of ['Python', 'curl', 'TypeScript']) {
      const code = snippet('verify', label, { hostUrl: HOST, org });
      expect(code).toContain(expected);
      if (expected !== org) expect(code).not.toContain(org || 'orgs//');
    }
  });

  it.each([
    ['the configured host', 'http://127.0.0.1:8081', 'http://127.0.0.1:8081'],
    ['a host with trailing slashes', 'https://api.example.com//', 'https://api.example.com'],
    ['a host with a path', 'https://gw.example.com/monai', 'https://gw.example.com/monai'],
    ['a host with a shell expansion', 'https://evil.example.com/$(id)', DEFAULT_HOST_URL],
    ['a host with a quote', 'https://evil.example.com/"+x+"', DEFAULT_HOST_URL],
    ['a javascript: URL', 'javascript:alert(1)', DEFAULT_HOST_URL],
    ['an empty host', '', DEFAULT_HOST_URL],
  ])('uses %s as %j', (_case, hostUrl, expected) => {
    for (const cellId of cellIds) {
      for (const { code } of requestSnippets(cellId, { hostUrl, org: DEFAULT_ORG })) {
        expect(code).toMatch(new RegExp(`["']${expected.replace(/[.]/g, '\\.')}[/"']`));
        if (expected !== hostUrl) expect(code).not.toContain(hostUrl || '""');
      }
    }
  });

  // The Python tab teaches the guide's code, so the request lines must match the guide's cells exactly.
  it.each([
    [
      'login',
      [
        'api_url = f"{host_url}/api/v1"',
        'response = requests.post(f"{api_url}/login", json={"ngc_api_key": ngc_api_key})',
        'response.raise_for_status()',
        'user_id = response.json()["user_id"]',
        'token = response.json()["token"]',
        'print("User ID", user_id)',
      ],
    ],
    [
      'verify',
      [
        'base_url = f"{api_url}/orgs/{ngc_org}"',
        'headers = {"Authorization": f"Bearer {token}"}',
        'response = requests.get(f"{base_url}/experiments", headers=headers)',
        'print(len(response.json()["experiments"]), "experiments")',
      ],
    ],
  ] as const)('writes the %s Python with the lines of the guide', (cellId, lines) => {
    const guide = `${guideCell('configure')}\n${guideCell(cellId)}\n${guideCell('base-url')}`;
    const python = snippet(cellId, 'Python');
    for (const line of lines) {
      expect(guide).toContain(line);
      expect(python).toContain(line);
    }
    expect(python).toContain(`host_url = "${HOST}"`);
  });
});
