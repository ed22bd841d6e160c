// What is wrong with a pasted API key, found before it is sent. Pure and table-tested; the cells and the proxy's
// config route both use it. Key shapes: shared/reference/monai-api-facts.md.
import type { KeyKind, KeyProblem } from '../api/contract.ts';

export interface KeyCheck {
  kind: KeyKind;
  problems: KeyProblem[];
  /** The key without the wrapping a paste often brings (whitespace, quotes, `export MONAI_API_KEY=`). */
  cleaned: string;
}

/** Problems that stop a send; 'unknown-shape' is only a warning, because key formats may change. */
export const blockingProblems: readonly KeyProblem[] = [
  'empty',
  'placeholder',
  'surrounding-whitespace',
  'surrounding-quotes',
  'export-prefix',
  'inner-whitespace',
];

export const PERSONAL_KEY_PATTERN = /^nvapi-[A-Za-z0-9_-]{64}$/;
export const LEGACY_KEY_PATTERN = /^[A-Za-z0-9]{84}$/;

// `export MONAI_API_KEY=`, `MONAI_API_KEY=`, `NGC_API_KEY =` and the like, as copied from a shell profile.
const EXPORT_PREFIX = /^(?:export\s+)?[A-Za-z_]*API_KEY\s*=\s*/i;
const QUOTED = /^(['"`])([\s\S]*)\1$/;
// `<YOUR_API_KEY>`, `<Your NGC API Key>`, `your api key here`, `YOUR_NGC_API_KEY`. Only a `<…>` that names a key
// is a placeholder: any other `<…>` (say, pasted HTML) is just not a key, and its shape check says so.
const PLACEHOLDERS = [/^<[^<>]*(?:key|your|token)[^<>]*>$/i, /your[\s_-]*(?:ngc[\s_-]*)?api[\s_-]*key/i];

export function keyKindOf(key: string): KeyKind {
  if (PERSONAL_KEY_PATTERN.test(key)) return 'personal';
  if (LEGACY_KEY_PATTERN.test(key)) return 'legacy';
  return 'unknown';
}

export function checkKey(raw: string): KeyCheck {
  if (raw.trim() === '') return { kind: 'unknown', problems: ['empty'], cleaned: '' };
  const found = new Set<KeyProblem>();
  let value = raw;
  // Peel wrappings until none is left: `  export MONAI_API_KEY="nvapi-…"\n` needs several passes.
  for (let changed = true; changed;) {
    changed = false;
    if (value !== value.trim()) {
      found.add('surrounding-whitespace');
      value = value.trim();
      changed = true;
    }
    const prefix = EXPORT_PREFIX.exec(value);
    if (prefix) {
      found.add('export-prefix');
      value = value.slice(prefix[0].length);
      changed = true;
    }
    const quoted = QUOTED.exec(value);
    if (quoted) {
      found.add('surrounding-quotes');
      value = quoted[2] ?? '';
      changed = true;
    }
  }
  if (value === '') found.add('empty');
  const placeholder = PLACEHOLDERS.some((pattern) => pattern.test(value));
  if (placeholder) found.add('placeholder');
  // A placeholder's own spaces are not worth a second message.
  if (/\s/.test(value) && !placeholder) found.add('inner-whitespace');
  // A line break in the middle is reported as such; the shape is judged as if it were not there.
  const kind = keyKindOf(value.replace(/\s+/g, ''));
  if (kind === 'unknown' && value !== '' && !placeholder) found.add('unknown-shape');
  return { kind, problems: [...found], cleaned: value };
}

export function hasBlockingProblem(problems: readonly KeyProblem[]): boolean {
  return problems.some((problem) => blockingProblems.includes(problem));
}
