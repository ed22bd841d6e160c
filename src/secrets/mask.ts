// How a key or token is shown when it must be shown at all: enough to recognise it, never enough to use it.
const PERSONAL_PREFIX = 'nvapi-';
/** Below this many secret characters, no character is shown, only the length. */
const MIN_LENGTH_FOR_TAIL = 16;
const BULLETS = '••••••••';

function characters(count: number): string {
  return `${count} character${count === 1 ? '' : 's'}`;
}

// Control characters and whitespace in a tail would render invisibly or break the line; show them as '?'.
function printable(chars: string[]): string {
  return chars.map((c) => (/^[\x21-\x7e]$/.test(c) ? c : '?')).join('');
}

/**
 * Identifies a key without revealing it: `nvapi-…9xQe (70 characters)` for a personal key, `…9xQe (84 characters)`
 * otherwise. The last four characters are shown only when they are at most a quarter of the secret part.
 */
export function keyFingerprint(key: string): string {
  const chars = Array.from(key);
  const length = characters(chars.length);
  const personal = key.startsWith(PERSONAL_PREFIX);
  const secretLength = chars.length - (personal ? PERSONAL_PREFIX.length : 0);
  if (secretLength < MIN_LENGTH_FOR_TAIL) return `(${length})`;
  return `${personal ? PERSONAL_PREFIX : ''}…${printable(chars.slice(-4))} (${length})`;
}

/**
 * Masks a token as `eyJhbG••••••••a9Qe`: at most the first 6 and the last 4 characters, and never more than a
 * quarter of the value in all, so a short value shows nothing but bullets.
 */
export function maskSecret(value: string): string {
  if (value === '') return '';
  const chars = Array.from(value);
  const budget = Math.floor(chars.length / 4);
  const head = Math.min(6, Math.ceil(budget * 0.6));
  const tail = Math.min(4, budget - head);
  return `${printable(chars.slice(0, head))}${BULLETS}${tail > 0 ? printable(chars.slice(-tail)) : ''}`;
}
