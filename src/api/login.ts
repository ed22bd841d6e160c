import type { LoginSuccess } from './contract.ts';
import { proxyPath } from './endpoints.ts';
import { StepFailedError, expectJsonSuccess, sendToProxy } from './proxy-client.ts';

export interface LoginResult {
  status: number;
  durationMs: number;
  data: LoginSuccess;
}

/**
 * POST /api/v1/login through the proxy. With no key, the proxy sends the server's MONAI_API_KEY, which the
 * browser never sees. The key travels in the body only, never in the URL.
 */
export async function loginThroughProxy(key: string | undefined, signal?: AbortSignal): Promise<LoginResult> {
  const answer = await sendToProxy('login', proxyPath('login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(key === undefined ? {} : { ngc_api_key: key }),
    signal,
  });
  const body = expectJsonSuccess('login', answer) as Record<string, unknown>;
  // The notebook asserts both fields are present; so do we.
  const missingFields = ['user_id', 'token'].filter(
    (field) =>
      typeof body !== 'object' || body === null || typeof body[field] !== 'string' || body[field] === '',
  );
  if (missingFields.length > 0) {
    throw new StepFailedError({
      kind: 'unexpected-body',
      step: 'login',
      status: answer.status,
      missingFields,
      html: false,
      durationMs: answer.durationMs,
    });
  }
  return {
    status: answer.status,
    durationMs: answer.durationMs,
    data: { token: body.token as string, user_id: body.user_id as string },
  };
}
