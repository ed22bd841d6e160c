import { proxyPath } from './endpoints.ts';
import { StepFailedError, expectJsonSuccess, sendToProxy } from './proxy-client.ts';

export interface ExperimentsResult {
  status: number;
  durationMs: number;
  experimentCount: number;
}

/** GET {base_url}/experiments through the proxy: the notebook's "does my token work" check. */
export async function listExperimentsThroughProxy(
  org: string,
  token: string,
  signal?: AbortSignal,
): Promise<ExperimentsResult> {
  const answer = await sendToProxy('verify', proxyPath('experiments', { org }), {
    method: 'GET',
    headers: { authorization: `Bearer ${token}` },
    signal,
  });
  const body = expectJsonSuccess('verify', answer) as { experiments?: unknown };
  if (!Array.isArray(body?.experiments)) {
    throw new StepFailedError({
      kind: 'unexpected-body',
      step: 'verify',
      status: answer.status,
      missingFields: ['experiments'],
      html: false,
      durationMs: answer.durationMs,
    });
  }
  return { status: answer.status, durationMs: answer.durationMs, experimentCount: body.experiments.length };
}
