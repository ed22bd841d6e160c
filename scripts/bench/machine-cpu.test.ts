import { describe, expect, it } from 'vitest';
import { otherWorkShare, parseProcStat } from './machine-cpu.ts';

describe('parseProcStat', () => {
  it('counts everything but idle and iowait as busy, from the aggregate line', () => {
    const text = 'cpu  100 5 50 800 20 3 2 0 0 0\ncpu0 50 2 25 400 10 1 1 0 0 0\nintr 1\n';
    expect(parseProcStat(text)).toEqual({ busy: 160, total: 980 });
  });

  it.each([
    ['no cpu line', 'intr 1\n'],
    ['garbled', 'cpu  a b c d e\n'],
    ['too short', 'cpu  1 2 3\n'],
  ])('%s → null', (_name, text) => {
    expect(parseProcStat(text)).toBeNull();
  });
});

describe('otherWorkShare', () => {
  const before = { busy: 0, total: 0 };
  // 2 cores for 10 s at 100 ticks/s: 2000 ticks in all.
  it.each([
    ['only our processes ran', { busy: 1500, total: 2000 }, 15_000_000, 0],
    ['a test suite took a quarter of the machine', { busy: 2000, total: 2000 }, 15_000_000, 0.25],
    ['ours were measured a little high', { busy: 1000, total: 2000 }, 11_000_000, 0],
  ])('%s', (_name, after, ourCpuMicros, expected) => {
    expect(otherWorkShare(before, after, ourCpuMicros, 10_000, 2)).toBeCloseTo(expected, 5);
  });
});
