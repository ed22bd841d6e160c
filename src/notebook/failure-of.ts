import { StepFailedError } from '../api/proxy-client.ts';
import type { Failure } from '../troubleshooting/failure.ts';

/** The failure a request threw, as data; anything else is a bug of ours, still shown as a card. */
export function failureOf(error: unknown): Failure {
  if (error instanceof StepFailedError) return error.failure;
  return { kind: 'unexpected-error', message: error instanceof Error ? error.message : String(error) };
}
