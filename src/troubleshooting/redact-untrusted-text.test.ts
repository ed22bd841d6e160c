import { describe, expect, it } from 'vitest';
import { redactUntrustedText } from './redact-untrusted-text.ts';

const personalKey = 'nvapi-' + 'Ab3_-x'.repeat(10) + 'Zz9q';
const legacyKey = 'a1B2c3D4e5'.repeat(8) + 'XyZ0';
const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIiwiZXhwIjoxNzAwMDAwMDAwfQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('redactUntrustedText', () => {
  const cases: [string, string, string][] = [
    [
      'plain words pass through',
      'Unauthorized: Credentials error: Invalid NGC_API_KEY',
      'Unauthorized: Credentials error: Invalid NGC_API_KEY',
    ],
    ['a personal key', `Invalid key ${personalKey} given`, 'Invalid key [hidden] given'],
    ['a truncated personal key', 'key NVAPI-abc rejected', 'key [hidden] rejected'],
    ['a legacy key', `bad key: ${legacyKey}.`, 'bad key: [hidden].'],
    ['a JWT', `token ${jwt} expired`, 'token [hidden] expired'],
    ['a JWT cut to two segments', `token ${jwt.split('.').slice(0, 2).join('.')}`, 'token [hidden]'],
    ['a bearer header', `got Authorization: Bearer abc.def`, 'got Authorization: Bearer [hidden]'],
    ['line breaks and control characters', 'line one\n\tline two\u0007', 'line one line two'],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(redactUntrustedText(input)).toBe(expected);
  });

  it('caps the length after redacting, so no piece of a secret survives the cut', () => {
    const text = 'x '.repeat(20) + personalKey + ' tail';
    const safe = redactUntrustedText(text, 45);
    expect(safe.length).toBeLessThanOrEqual(45);
    expect(safe.endsWith('…')).toBe(true);
    expect(safe).not.toMatch(/nvapi|Ab3_/i);
  });
});
