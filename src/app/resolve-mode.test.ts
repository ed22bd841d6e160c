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

  it("says that demo mode's key is a stand-in when the server has none", () => {
    expect(resolveMode('', noKey).reason).toBe(
      'The server has no MONAI_API_KEY, so the demo uses a stand-in key: switch to live for yours.',
    );
  });

  it('starts in live mode and asks for a key when MONAI_HOST_URL was set and no key is usable', () => {
    const decision = resolveMode('', { ...noKey, hostUrl: 'http://127.0.0.1:8787', hostUrlSet: true });
    expect(decision).toEqual({
      mode: 'live',
      reason:
        'The server was started with MONAI_HOST_URL, so the cells call 127.0.0.1:8787: paste your key in Configure.',
    });
    expect(resolveMode('?mode=demo', { ...noKey, hostUrlSet: true }).mode).toBe('demo');
  });

  it('tells a browser that did not open the owner link how to use the server key, or to paste its own', () => {
    const notOwner = {
      ...withKey,
      serverKey: { ...withKey.serverKey, usable: false, notUsableBecause: 'not-owner' },
    } as ConfigResponse;
    expect(resolveMode('', notOwner)).toEqual({
      mode: 'demo',
      reason:
        'The server’s MONAI_API_KEY is only for the browser that opened the link the server printed in its ' +
        'terminal: open that link, or paste a key of your own. Switch to live to use your own key.',
    });
    const elsewhere = {
      ...notOwner,
      serverKey: { ...notOwner.serverKey, notUsableBecause: 'not-this-machine' },
    } as ConfigResponse;
    expect(resolveMode('', elsewhere).reason).toMatch(/^The server’s MONAI_API_KEY is only for the machine/);
  });

  it('keeps the rest of the address when switching', () => {
    expect(urlForMode('http://127.0.0.1:5173/?scenario=slow#login', 'live')).toBe(
      'http://127.0.0.1:5173/?scenario=slow&mode=live#login',
    );
  });
});
