import { describe, expect, it } from 'vitest';
import { formatUtc } from './format-utc.ts';

describe('formatUtc', () => {
  it.each([
    [new Date(1_700_000_000_000), '2023-11-14 22:13 UTC'],
    [new Date(Date.UTC(2026, 0, 2, 10, 11, 59)), '2026-01-02 10:11 UTC'],
    [new Date(Number.NaN), 'unknown'],
  ])('%s → %s', (date, text) => {
    expect(formatUtc(date)).toBe(text);
  });
});
