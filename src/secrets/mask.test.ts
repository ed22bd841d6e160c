import { describe, expect, it } from 'vitest';
import { keyFingerprint, maskSecret } from './mask.ts';

const PERSONAL = `nvapi-${'aB3_-x9Z'.repeat(7)}Qr7s9xQe`;
const LEGACY = 'Q2hhbmdlTWUxMjM0NTY3ODkwYWJjZDpjM2RlNGY1YS02YjdjLTRkOGUtOWYwYS0xYjJjM2Q0ZTVmNmExMjM0';

/** Characters of `shown` that are not decoration, i.e. that came from the secret. */
function revealed(shown: string): number {
  return shown
    .replace(/ ?\(\d+ characters?\)$/, '')
    .replace(/^nvapi-/, '')
    .replace(/[…•]/g, '').length;
}

describe('keyFingerprint', () => {
  it.each([
    ['personal key', PERSONAL, 'nvapi-…9xQe (70 characters)'],
    ['legacy key', LEGACY, '…MjM0 (84 characters)'],
    ['short value', 'abc', '(3 characters)'],
    ['one character', 'a', '(1 character)'],
    ['11 characters', 'abcdefghijk', '(11 characters)'],
    ['a short nvapi- value', 'nvapi-abcdefgh', '(14 characters)'],
    [
      'a trailing newline shown as ?',
      `${LEGACY.slice(0, 40)}\n`,
      `…${LEGACY.slice(37, 40)}? (41 characters)`,
    ],
    ['empty', '', '(0 characters)'],
  ])('%s', (_name, key, expected) => {
    expect(keyFingerprint(key)).toBe(expected);
  });

  it('never shows more than 4 secret characters, nor any for values under 16 characters', () => {
    for (let length = 0; length <= 120; length++) {
      for (const prefix of ['', 'nvapi-']) {
        const key = (prefix + 'Zq8'.repeat(50)).slice(0, length);
        const shown = revealed(keyFingerprint(key));
        const secretLength = length - (key.startsWith('nvapi-') ? 6 : 0);
        expect(shown).toBeLessThanOrEqual(secretLength < 16 ? 0 : 4);
      }
    }
  });
});

describe('maskSecret', () => {
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

  it.each([
    ['a JWT', jwt, 'eyJhbG••••••••R8U'.replace('R8U', jwt.slice(-4))],
    ['empty', '', ''],
    ['3 characters', 'abc', '••••••••'],
    ['8 characters', 'abcdefgh', 'ab••••••••'],
    ['20 characters', 'abcdefghijklmnopqrst', 'abc••••••••st'],
  ])('%s', (_name, value, expected) => {
    expect(maskSecret(value)).toBe(expected);
  });

  it('never reveals more than a quarter, the first 6 or the last 4 characters', () => {
    for (let length = 0; length <= 600; length++) {
      const value = Array.from({ length }, (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[i % 36]).join('');
      const masked = maskSecret(value);
      const [head = '', tail = ''] = masked.split('••••••••');
      expect(head.length + tail.length).toBeLessThanOrEqual(length / 4);
      expect(head.length).toBeLessThanOrEqual(6);
      expect(tail.length).toBeLessThanOrEqual(4);
      expect(value.startsWith(head) && value.endsWith(tail)).toBe(true);
    }
  });
});
