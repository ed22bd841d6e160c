// The session's values a cell's code is rendered from. One function for the cell, its snippets and the
// export, so they can never disagree. Holds no key and no token: code reads those from the environment.
import { DEFAULT_HOST_URL, DEFAULT_ORG, ORG_PATTERN } from '../api/contract.ts';
import { redactUntrustedText } from '../troubleshooting/redact-untrusted-text.ts';
import type { CodeContext } from './cell-definition.ts';
import type { NotebookInputs } from './notebook-state.ts';

// The host goes inside Python, shell and TypeScript string literals. Only characters that mean nothing in any
// of them are allowed (no quotes, $, backticks, backslashes, spaces, and no user:password@), so no quoting
// rules are needed; anything else falls back to the real API's host rather than produce unsafe code.
const SAFE_HOST_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~/-]*)?$/;

/** The host as it will appear in code: without trailing slashes, or the default host when unsafe. */
export function codeHostUrl(hostUrl: string): string {
  const trimmed = hostUrl.trim().replace(/\/+$/, '');
  // A gateway path holding something shaped like a key or token is refused too: code gets copied around.
  const looksSecret = redactUntrustedText(trimmed, Infinity) !== trimmed;
  return SAFE_HOST_URL.test(trimmed) && !looksSecret ? trimmed : DEFAULT_HOST_URL;
}

/** The org as it will appear in code: an org the API would accept, or the default org. */
export function codeOrg(org: string): string {
  return ORG_PATTERN.test(org) ? org : DEFAULT_ORG;
}

/**
 * `hostUrl`: the host in effect (the server's configuration); undefined before start-up has read it.
 * `simulated`: demo mode, where the key the proxy adds is the demo's stand-in.
 */
export function codeContextOf(
  hostUrl: string | undefined,
  inputs: NotebookInputs,
  simulated = false,
): CodeContext {
  return {
    hostUrl: codeHostUrl(hostUrl ?? DEFAULT_HOST_URL),
    org: codeOrg(inputs.org),
    keySource: inputs.keySource,
    simulated,
  };
}
