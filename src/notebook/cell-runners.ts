import { MutationObserver, type MutationOptions, type QueryClient } from '@tanstack/react-query';
import { DEFAULT_HOST_URL, ORG_PATTERN, type ConfigResponse } from '../api/contract.ts';
import { listExperimentsMutationOptions } from '../api/list-experiments.ts';
import { loginMutationOptions } from '../api/login.ts';
import { StepFailedError } from '../api/proxy-client.ts';
import { decodeJwt } from '../secrets/jwt.ts';
import { blockingProblems, checkKey } from '../secrets/key-checks.ts';
import { keyFingerprint } from '../secrets/mask.ts';
import type { Failure } from '../troubleshooting/failure.ts';
import type { CellId, CellOutput, NotebookState, NotebookVars } from './notebook-state.ts';

export interface RunContext {
  state: NotebookState;
  /** null when the app runs without its proxy. */
  config: ConfigResponse | null;
  queryClient: QueryClient;
  nowSeconds: number;
}

export type RunResult =
  | { ok: true; output: CellOutput; vars: Partial<NotebookVars> }
  | { ok: false; failure: Failure; clearVars?: (keyof NotebookVars)[] };

type CellRunner = (context: RunContext) => Promise<RunResult>;

const fail = (failure: Failure, clearVars?: (keyof NotebookVars)[]): RunResult => ({
  ok: false,
  failure,
  clearVars,
});

/** What each cell does when run: the browser's version of the notebook's Python. */
export const cellRunners: Record<CellId, CellRunner> = {
  setup: async () => ({ ok: true, output: { kind: 'setup', modules: ['json', 'requests', 'os'] }, vars: {} }),

  configure: async ({ state, config }) => {
    const hostUrl = config?.hostUrl ?? DEFAULT_HOST_URL;
    const clear: (keyof NotebookVars)[] = ['ngc_api_key'];
    const { keySource, pastedKey } = state.inputs;
    let problems;
    let fingerprint;
    let keyKind;
    let value: string | undefined;
    if (keySource === 'server') {
      const serverKey = config?.serverKey;
      if (!serverKey?.set || !serverKey.usable) return fail({ kind: 'no-key' }, clear);
      ({ problems, fingerprint, kind: keyKind } = serverKey);
    } else {
      const checked = checkKey(pastedKey);
      ({ problems, kind: keyKind } = checked);
      fingerprint = keyFingerprint(pastedKey);
      value = pastedKey;
    }
    const blocking = problems.filter((problem) => blockingProblems.includes(problem));
    if (blocking.length > 0) {
      const failure: Failure = blocking.includes('empty')
        ? { kind: 'no-key' }
        : { kind: 'key-problem', problems: blocking, source: keySource, blocking: true };
      return fail(failure, clear);
    }
    const warnings = problems.filter((problem) => !blockingProblems.includes(problem));
    if (warnings.length > 0 && !state.inputs.acceptUnknownKeyShape) {
      return fail({ kind: 'key-problem', problems: warnings, source: keySource, blocking: false }, clear);
    }
    return {
      ok: true,
      output: {
        kind: 'configure',
        hostUrl,
        keySource,
        fingerprint,
        keyKind,
        overridden: warnings.length > 0,
      },
      vars: { host_url: hostUrl, ngc_api_key: { source: keySource, value, fingerprint } },
    };
  },

  login: async ({ state, queryClient }) => {
    const { host_url: hostUrl, ngc_api_key: key } = state.vars;
    const clear: (keyof NotebookVars)[] = ['user_id', 'token'];
    try {
      const result = await runMutation(queryClient, loginMutationOptions(), {
        key: key?.source === 'pasted' ? key.value : undefined,
      });
      const { token, user_id: userId } = result.data;
      return {
        ok: true,
        output: {
          kind: 'login',
          status: result.status,
          durationMs: result.durationMs,
          userId,
          claims: decodeJwt(token)?.claims ?? null,
        },
        vars: { api_url: `${hostUrl ?? DEFAULT_HOST_URL}/api/v1`, user_id: userId, token },
      };
    } catch (error) {
      return fail(failureOf(error), clear);
    }
  },

  'base-url': async ({ state }) => {
    const org = state.inputs.org;
    if (!ORG_PATTERN.test(org)) return fail({ kind: 'invalid-org', org }, ['ngc_org', 'base_url']);
    const baseUrl = `${state.vars.api_url ?? `${DEFAULT_HOST_URL}/api/v1`}/orgs/${org}`;
    return {
      ok: true,
      output: { kind: 'base-url', org, baseUrl },
      vars: { ngc_org: org, base_url: baseUrl },
    };
  },

  verify: async ({ state, queryClient, nowSeconds }) => {
    const { token, ngc_org: org } = state.vars;
    if (!token || !org) return fail({ kind: 'missing-dependencies', missing: [] });
    const exp = decodeJwt(token)?.claims.exp;
    if (typeof exp === 'number' && exp <= nowSeconds) return fail({ kind: 'token-expired', expiredAt: exp });
    try {
      const result = await runMutation(queryClient, listExperimentsMutationOptions(), { org, token });
      return { ok: true, output: { kind: 'verify', ...result }, vars: {} };
    } catch (error) {
      return fail(failureOf(error));
    }
  },
};

/** Runs a request as a React Query mutation, so it shows up in useIsMutating and follows its network mode. */
function runMutation<TData, TVariables>(
  queryClient: QueryClient,
  options: MutationOptions<TData, Error, TVariables>,
  variables: TVariables,
): Promise<TData> {
  return new MutationObserver(queryClient, options).mutate(variables);
}

function failureOf(error: unknown): Failure {
  if (error instanceof StepFailedError) return error.failure;
  // A bug of ours, not the user's: still a card, never a blank screen.
  return { kind: 'unexpected-error', message: error instanceof Error ? error.message : String(error) };
}
