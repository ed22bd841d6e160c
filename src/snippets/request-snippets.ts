// The same API call as a request cell, in the languages people paste into their own code. Pure: the only
// inputs are the host and the org, so a key or a token has no way into a snippet.
import { DEFAULT_HOST_URL, DEFAULT_ORG, ORG_PATTERN } from '../api/contract.ts';
import { redactUntrustedText } from '../troubleshooting/redact-untrusted-text.ts';
import { snippetTemplates, type SnippetCellId, type SnippetLanguage } from './snippet-templates.ts';

export type { SnippetCellId, SnippetLanguage };

export type SnippetLabel = 'Python' | 'curl' | 'TypeScript';

export interface RequestSnippet {
  language: SnippetLanguage;
  label: SnippetLabel;
  code: string;
}

export interface SnippetParams {
  /** The host URL the app is configured with, e.g. https://api.monai.ngc.nvidia.com. */
  hostUrl: string;
  org: string;
}

const languages: { language: SnippetLanguage; label: SnippetLabel }[] = [
  { language: 'python', label: 'Python' },
  { language: 'bash', label: 'curl' },
  { language: 'typescript', label: 'TypeScript' },
];

// The host goes inside Python, shell and TypeScript string literals. Only characters that mean nothing in any
// of them are allowed (no quotes, $, backticks, backslashes, spaces, and no user:password@), so no quoting
// rules are needed; anything else falls back to the real API's host rather than produce unsafe code.
const SAFE_HOST_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~/-]*)?$/;

/** The host as it will appear in a snippet: without trailing slashes, or the default host when unsafe. */
export function snippetHostUrl(hostUrl: string): string {
  const trimmed = hostUrl.trim().replace(/\/+$/, '');
  // A gateway path holding something shaped like a key or token is refused too: snippets get copied around.
  const looksSecret = redactUntrustedText(trimmed, Infinity) !== trimmed;
  return SAFE_HOST_URL.test(trimmed) && !looksSecret ? trimmed : DEFAULT_HOST_URL;
}

/** The org as it will appear in a snippet: an org the API would accept, or the default org. */
export function snippetOrg(org: string): string {
  return ORG_PATTERN.test(org) ? org : DEFAULT_ORG;
}

/** The call behind a request cell as Python, curl and TypeScript, each reading the key from MONAI_API_KEY. */
export function requestSnippets(cellId: SnippetCellId, params: SnippetParams): RequestSnippet[] {
  const hostUrl = snippetHostUrl(params.hostUrl);
  const org = snippetOrg(params.org);
  return languages.map(({ language, label }) => ({
    language,
    label,
    code: snippetTemplates[cellId][language]
      .join('\n')
      .replaceAll('__HOST_URL__', hostUrl)
      .replaceAll('__ORG__', org),
  }));
}
