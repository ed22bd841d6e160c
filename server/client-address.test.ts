import { describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import type { IncomingMessage } from 'node:http';
import {
  clientAddress,
  isAllowedHostHeader,
  isFromThisMachine,
  isLoopbackAddress,
  isLoopbackHost,
} from './client-address.ts';

const request = (remoteAddress: string, headers: IncomingMessage['headers'] = {}) =>
  ({ socket: { remoteAddress }, headers }) as IncomingMessage;

describe('clientAddress', () => {
  it('is the socket’s peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(request('192.0.2.7', { 'x-forwarded-for': '10.0.0.1' }))).toBe('192.0.2.7');
  });

  it.each<[string, IncomingMessage['headers'], number, string]>([
    ['one load balancer', { 'x-forwarded-for': '198.51.100.1' }, 1, '198.51.100.1'],
    ['a client spoofing the header', { 'x-forwarded-for': '127.0.0.1, 198.51.100.1' }, 1, '198.51.100.1'],
    [
      'two hops: CDN then balancer',
      { 'x-forwarded-for': '6.6.6.6, 198.51.100.1, 203.0.113.5' },
      2,
      '198.51.100.1',
    ],
    [
      'headers split over lines',
      { 'x-forwarded-for': ['6.6.6.6', '198.51.100.1'] as unknown as string },
      1,
      '198.51.100.1',
    ],
    ['IPv6 clients', { 'x-forwarded-for': '2001:db8::1' }, 1, '2001:db8::1'],
    ['fewer entries than hops: the left-most', { 'x-forwarded-for': '198.51.100.1' }, 3, '198.51.100.1'],
    ['no header behind a proxy: the peer', {}, 1, '10.0.0.2'],
    ['garbage where the address should be: the peer', { 'x-forwarded-for': 'unknown' }, 1, '10.0.0.2'],
  ])('behind proxies: %s', (_name, headers, hops, expected) => {
    expect(clientAddress(request('10.0.0.2', headers), hops)).toBe(expected);
  });
});

describe('isFromThisMachine (who may use the server key)', () => {
  it.each<[string, string, IncomingMessage['headers'], boolean]>([
    ['a local browser', '127.0.0.1', {}, true],
    ['a local browser over IPv6', '::1', {}, true],
    ['another machine', '192.0.2.7', {}, false],
    ['another machine claiming to be local', '192.0.2.7', { 'x-forwarded-for': '127.0.0.1' }, false],
    ['a local nginx forwarding a visitor', '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }, false],
    ['a local proxy that sends X-Real-IP', '127.0.0.1', { 'x-real-ip': '203.0.113.9' }, false],
    ['a local proxy that sends Forwarded', '127.0.0.1', { forwarded: 'for=203.0.113.9' }, false],
    ['a local proxy that sends Via', '127.0.0.1', { via: '1.1 caddy' }, false],
    ['a tunnel that sends CF-Connecting-IP', '127.0.0.1', { 'cf-connecting-ip': '203.0.113.9' }, false],
  ])('%s → %s', (_name, peer, headers, expected) => {
    expect(isFromThisMachine(request(peer, headers))).toBe(expected);
  });
});

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
