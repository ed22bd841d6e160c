import { describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import { isAllowedHostHeader, isLoopbackAddress, isLoopbackHost } from './client-address.ts';

describe('isLoopbackAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.0.2.2', false],
    ['::ffff:192.0.2.2', false],
    ['10.0.0.1', false],
    ['fd00::2', false],
    ['unknown', false],
    ['', false],
  ])('%s → %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.20', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('isAllowedHostHeader (DNS rebinding guard)', () => {
  it.each<[string | undefined, boolean]>([
    ['127.0.0.1:4173', true],
    ['localhost:5173', true],
    ['LOCALHOST', true],
    ['app.localhost:4173', true],
    ['192.168.1.20:4173', true],
    ['[::1]:4173', true],
    ['[fd00::2]', true],
    [`${hostname()}:4173`, true],
    [`${hostname()}.local:4173`, true],
    ['workshop.example:4173', true],
    ['evil.example:4173', false],
    ['evil.example', false],
    ['127.0.0.1.evil.example', false],
    ['localhost.evil.example', false],
    ['127.0.0.1:4173@evil.example', false],
    ['a b', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (host, expected) => {
    expect(isAllowedHostHeader(host, ['workshop.example'])).toBe(expected);
  });
});
