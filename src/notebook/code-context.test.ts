import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST_URL, DEFAULT_ORG } from '../api/contract.ts';
import { guideCells } from '../guides/active-guide.ts';
import type { CodeContext } from './cell-definition.ts';
import { codeContextOf } from './code-context.ts';

const HOST = 'http://127.0.0.1:8081';
const KEY = `nvapi-${'Zx9Qe7Lm'.repeat(8)}`;
const LEGACY_KEY = 'A1b2C3d4E5'.repeat(8) + 'F6g7';
const JWT =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyIiwiZXhwIjoxOTAwMDAwMDAwfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const inputs = { keySource: 'pasted', pastedKey: KEY, org: DEFAULT_ORG, acceptUnknownKeyShape: false } as const;

/** Everything a cell renders: its notebook code and every snippet. */
function allCode(context: CodeContext): string {
  return guideCells
    .flatMap((cell) => [cell.code(context), ...Object.values(cell.snippets?.(context) ?? {})])
    .join('\n');
}

describe('the code every cell renders', () => {
  it.each([
    ['the configured host', HOST, HOST],
    ['a host with trailing slashes', 'https://api.example.com//', 'https://api.example.com'],
    ['a host with a path', 'https://gw.example.com/monai', 'https://gw.example.com/monai'],
    ['a host with a shell expansion', 'https://evil.example.com/$(id)', DEFAULT_HOST_URL],
    ['a host with a quote', 'https://evil.example.com/"+x+"', DEFAULT_HOST_URL],
    ['a javascript: URL', 'javascript:alert(1)', DEFAULT_HOST_URL],
    ['a key in the host userinfo', `https://user:${KEY}@example.com`, DEFAULT_HOST_URL],
    ['a JWT in the host path', `${HOST}/${JWT}`, DEFAULT_HOST_URL],
    ['no host yet', undefined, DEFAULT_HOST_URL],
  ])('uses %s as %j', (_case, hostUrl, expected) => {
    const code = allCode(codeContextOf(hostUrl, inputs));
    expect(code).toContain(`"${expected}"`);
    if (hostUrl && expected !== hostUrl) expect(code).not.toContain(hostUrl);
  });

  it.each([
    ['a valid org', 'my-team_01', 'my-team_01'],
    ['an empty org', '', DEFAULT_ORG],
    ['an org with a quote and a command', 'x"; rm -rf ~; echo "', DEFAULT_ORG],
    ['an org with a path', '../admin', DEFAULT_ORG],
    ['an org of 65 characters', 'a'.repeat(65), DEFAULT_ORG],
    ['a key as the org', KEY, DEFAULT_ORG],
    ['a legacy key as the org', LEGACY_KEY, DEFAULT_ORG],
  ])('puts %s into the code as %j', (_case, org, expected) => {
    const code = allCode(codeContextOf(HOST, { ...inputs, org }));
    expect(code).toContain(`ngc_org = "${expected}"`);
    if (expected !== org) expect(code).not.toContain(org || 'orgs//');
  });

  it('never holds the pasted key or a token, and always reads the key from MONAI_API_KEY', () => {
    for (const keySource of ['pasted', 'server'] as const) {
      const code = allCode(codeContextOf(HOST, { ...inputs, keySource }));
      expect(code).toContain('MONAI_API_KEY');
      expect(code).not.toContain(KEY);
      expect(code).not.toContain('eyJ');
    }
  });

  it('says where the key came from in this session, and changes with it', () => {
    const configure = guideCells.find((cell) => cell.id === 'configure');
    const server = configure?.code(codeContextOf(HOST, { ...inputs, keySource: 'server' }));
    const pasted = configure?.code(codeContextOf(HOST, { ...inputs, keySource: 'pasted' }));
    expect(server).toContain("the server's MONAI_API_KEY");
    expect(pasted).toContain('pasted in the browser');
  });

  it("in demo mode calls the proxy's key the demo's stand-in, never the server's MONAI_API_KEY", () => {
    const configure = guideCells.find((cell) => cell.id === 'configure');
    const demo = configure?.code(codeContextOf(HOST, { ...inputs, keySource: 'server' }, true));
    expect(demo).toContain("the demo's stand-in key");
    expect(demo).not.toContain("the server's MONAI_API_KEY");
  });
});
