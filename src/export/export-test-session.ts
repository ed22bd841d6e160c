// A notebook session for the export's tests: every cell has run, with a real-looking key and JWT in memory.
import { cellIds } from '../guides/active-guide.ts';
import { initialNotebookState, type CellState, type NotebookState } from '../notebook/notebook-state.ts';
import { base64UrlFromJson } from '../secrets/base64url.ts';
import { keyFingerprint } from '../secrets/mask.ts';
import { tokenPreview } from '../../content/guides/credentials/cells/login.tsx';

/** Seconds since the epoch: 2030-03-17 17:46:40 UTC. */
export const TOKEN_EXP = 1_900_000_000;
export const TEST_PERSONAL_KEY = `nvapi-${'Zx9Qe7Lm'.repeat(8)}`;
export const TEST_LEGACY_KEY = `${'Ab3dE6gH9k'.repeat(8)}Qr2T`;
export const TEST_JWT = [
  base64UrlFromJson({ alg: 'RS256', typ: 'JWT', kid: 'k1' }),
  base64UrlFromJson({
    sub: 'user-7f3a',
    aud: 'ngc',
    iss: 'https://api.monai.ngc.nvidia.com',
    exp: TOKEN_EXP,
  }),
  'Sg7xKQ2vN0pLr4TzWc8yHbUe1fJd6aMi3oXq9sVnRtY',
].join('.');
export const HOST = 'https://api.monai.ngc.nvidia.com';

const ok = (executionCount: number, output: CellState['output'], stale = false): CellState => ({
  status: 'ok',
  executionCount,
  output,
  failure: null,
  stale,
});

/** All five cells run; Verify failed with a 403 whose message echoes the token back. */
export function finishedSession(key = TEST_PERSONAL_KEY, org = 'my-team'): NotebookState {
  const state = initialNotebookState(cellIds, { keySource: 'pasted', pastedKey: key, org });
  const fingerprint = keyFingerprint(key);
  return {
    ...state,
    executionCounter: 5,
    cells: {
      setup: ok(1, { modules: ['json', 'requests', 'os'] }),
      configure: ok(2, {
        hostUrl: HOST,
        keySource: 'pasted',
        fingerprint,
        keyKind: 'personal',
        overridden: false,
      }),
      login: ok(3, {
        status: 201,
        durationMs: 140,
        userId: 'c0ffee00-1111-4222-8333-444455556666',
        claims: { sub: 'user-7f3a', exp: TOKEN_EXP },
        tokenPreview: tokenPreview(TEST_JWT),
      }),
      'base-url': ok(4, { org, baseUrl: `${HOST}/api/v1/orgs/${org}` }, true),
      verify: {
        status: 'error',
        executionCount: 5,
        output: null,
        failure: {
          kind: 'http-error',
          step: 'verify',
          status: 403,
          message: `No access granted for user in org ${org} (token ${TEST_JWT})`,
          html: false,
          durationMs: 80,
        },
        stale: false,
      },
    },
    vars: {
      host_url: HOST,
      api_url: `${HOST}/api/v1`,
      ngc_api_key: { source: 'pasted', value: key, fingerprint },
      user_id: 'c0ffee00-1111-4222-8333-444455556666',
      token: TEST_JWT,
      ngc_org: org,
      base_url: `${HOST}/api/v1/orgs/${org}`,
    },
  };
}
