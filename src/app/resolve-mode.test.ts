import { describe, expect, it } from 'vitest';
import type { ConfigResponse } from '../api/contract.ts';
import { resolveMode, urlForMode } from './resolve-mode.ts';

const withKey: ConfigResponse = {
  hostUrl: 'https://api.monai.ngc.nvidia.com',
  timeoutMs: 10_000,
  serverKey: {
    set: true,
    fingerprint: 'nvapi-…abcd (70 characters)',
    kind: 'personal',
    problems: [],
    usable: true,
  },
};
const remote: ConfigResponse = { ...withKey, serverKey: { ...withKey.serverKey, usable: false } as never };
const noKey: ConfigResponse = { ...withKey, serverKey: { set: false } };

describe('resolveMode', () => {
  it.each([
    ['', withKey, 'live'],
    ['', noKey, 'demo'],
    ['', remote, 'demo'],
    ['', null, 'demo'],
    ['?mode=demo', withKey, 'demo'],
    ['?mode=live', noKey, 'live'],
    ['?mode=live', null, 'live'],
    ['?mode=nonsense', withKey, 'live'],
  ] as const)('%s with %j gives %s', (search, config, mode) => {
    expect(resolveMode(search, config).mode).toBe(mode);
  });

  it('keeps the rest of the address when switching', () => {
    expect(urlForMode('http://127.0.0.1:5173/?scenario=slow#login', 'live')).toBe(
      'http://127.0.0.1:5173/?scenario=slow&mode=live#login',
    );
  });
});
