import { describe, expect, it } from 'vitest';
import { parseLeave, parseReport } from './workshop-events.ts';

const attendee = '3f0c9a52-8d4e-4b7a-9c1f-2e6d5a4b3c21';
const valid = {
  attendee,
  step: 'login',
  mode: 'live',
  results: { setup: 'ok', login: 'login-unauthorized' },
};

describe('parseReport', () => {
  it('accepts the known step ids, "ok" and the known card ids', () => {
    expect(parseReport(valid)).toEqual({ ok: true, value: valid });
  });

  it.each([
    ['an extra field', { ...valid, org: 'my-org' }],
    ['a missing field', { attendee, step: 'login', mode: 'demo' }],
    ['an unknown step', { ...valid, step: 'export-everything' }],
    ['an unknown mode', { ...valid, mode: 'prod' }],
    ['an unknown step in results', { ...valid, results: { 'steal-key': 'ok' } }],
    ['free text as a result', { ...valid, results: { login: 'my key nvapi-abc did not work' } }],
    ['a key as a result', { ...valid, results: { login: `nvapi-${'x'.repeat(64)}` } }],
    ['a non-string result', { ...valid, results: { login: { card: 'timeout' } } }],
    ['a key as the attendee id', { ...valid, attendee: `nvapi-${'x'.repeat(30)}` }],
    ['an org as the attendee id', { ...valid, attendee: 'nvidia-clara-workshop-org' }],
    ['an address as the attendee id', { ...valid, attendee: '192.168.1.20' }],
    ['an array', [valid]],
    ['null', null],
  ])('refuses %s', (_name, body) => {
    const parsed = parseReport(body);
    expect(parsed.ok).toBe(false);
  });
});

describe('parseLeave', () => {
  it('accepts only an attendee id', () => {
    expect(parseLeave({ attendee })).toEqual({ ok: true, value: { attendee } });
    expect(parseLeave({ attendee, why: 'bored' }).ok).toBe(false);
    expect(parseLeave({ attendee: 'short' }).ok).toBe(false);
  });
});
