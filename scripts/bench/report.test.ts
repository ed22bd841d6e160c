import { describe, expect, it } from 'vitest';
import type { Row } from './budgets.ts';
import { exitCodeFor, formatTable, loadDetail, summaryTable } from './report.ts';

const row = (verdict: Row['verdict']): Row => ({
  figure: 'f',
  value: 'v',
  budget: 'b',
  reference: 'r',
  verdict,
});

describe('formatTable', () => {
  it('pads every column but the last to its widest cell', () => {
    expect(
      formatTable(
        ['a', 'bb', 'c'],
        [
          ['long', 'x', 'tail that runs on'],
          ['y', 'zzz', ''],
        ],
      ),
    ).toBe(
      ['a    │ bb  │ c', '─────┼─────┼────', 'long │ x   │ tail that runs on', 'y    │ zzz │'].join('\n'),
    );
  });
});

describe('summaryTable', () => {
  it('shows each figure with its budget, verdict and reference on one line', () => {
    const table = summaryTable([
      {
        figure: 'Initial load',
        value: '143.1 KiB',
        budget: '≤ 150.0 KiB',
        reference: 'floor 121',
        verdict: 'PASS',
      },
    ]);
    expect(table.split('\n')[2]).toBe('Initial load │ 143.1 KiB │ ≤ 150.0 KiB │ PASS    │ floor 121');
  });
});

describe('exitCodeFor', () => {
  it.each([
    [[], 0],
    [[row('PASS'), row('info')], 0],
    [[row('PASS'), row('FAIL'), row('info')], 1],
  ] as const)('%j → %d', (rows, code) => {
    expect(exitCodeFor([...rows])).toBe(code);
  });
});

describe('loadDetail', () => {
  it('says when nginx was not run instead of printing figures', () => {
    const text = loadDetail(
      500,
      30,
      5,
      [{ name: 'nginx', figures: null, note: 'nginx not installed: skipped' }],
      {
        beforeBytes: 80e6,
        afterBytes: 90e6,
      },
    );
    expect(text).toContain('\n  nginx: nginx not installed: skipped\n');
    expect(text).toContain('80.0 MB before, 90.0 MB after');
    expect(text).toContain('500 connections for 30 s after a 5 s warm-up');
  });
});
