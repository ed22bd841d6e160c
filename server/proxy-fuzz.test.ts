// Bounded fuzzing of the proxy: random methods, targets, headers and bodies for a few seconds (FUZZ_MS to
// change). The proxy may refuse anything, but may only fail with its documented 502/504 and must keep serving.
import { describe, expect, it } from 'vitest';
import type { ScenarioName } from '../src/api/monai-behaviour.ts';
import { PERSONAL_KEY, postJson, send, startHarness } from './proxy-test-harness.ts';

const DURATION_MS = Number(process.env.FUZZ_MS ?? 5000);
const CONCURRENCY = 8;

function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const text = (max: number, alphabet = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz{|}~') =>
    Array.from({ length: int(max) }, () => alphabet[int(alphabet.length)]).join('');
  return { next, int, pick, text };
}

const ROUTES = [
  '/proxy/api/v1/login',
  '/proxy/config',
  '/proxy/api/v1/orgs/iasixjqzw1hj/experiments',
  '/proxy/api/v1/orgs/otherorg/experiments',
];
const SEGMENTS = [
  '..',
  '%2e%2e',
  '',
  '%2F',
  '%00',
  '%',
  '?',
  'x',
  '@',
  'login',
  'orgs',
  '%252F',
  '~',
  ';',
  'é',
];
const SCENARIOS: ScenarioName[] = [
  'valid',
  'expired-key',
  'wrong-org',
  'rate-limited',
  'timeout',
  'reset',
  'huge-body',
  'redirect',
  'garbage-jwt',
  'user-id-not-string',
  'invalid-utf8',
];
const OWN_FAILURES = new Set(['timeout', 'unreachable', 'upstream_too_large', 'upstream_redirect']);

describe('fuzzing the proxy', () => {
  it(
    `answers ${DURATION_MS} ms of random requests without an undocumented 5xx or a crash`,
    async () => {
      const harness = await startHarness({
        proxy: { timeoutMs: 150, loginRateLimit: { max: 1000, windowMs: 1000 } },
      });
      const rng = random(20_240_601);
      const heapBefore = process.memoryUsage().heapUsed;
      const problems: string[] = [];
      const stopAt = performance.now() + DURATION_MS;
      let count = 0;
      const statuses = new Map<number, number>();

      async function one() {
        const base = rng.pick(ROUTES);
        const path =
          rng.next() < 0.5
            ? base
            : base
                .split('/')
                .map((part) => (rng.next() < 0.2 ? rng.pick(SEGMENTS) : part))
                .join('/') + (rng.next() < 0.1 ? `?${rng.text(10)}` : '');
        const safePath = path.replace(/[^\x21-\x7e]/g, '%20') || '/';
        const method = rng.pick(['GET', 'POST', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);
        const headers: Record<string, string> = {};
        if (rng.next() < 0.7)
          headers['content-type'] = rng.pick([
            'application/json',
            'text/plain',
            'application/json; charset=utf-8',
            rng.text(20),
          ]);
        if (rng.next() < 0.5)
          headers.authorization = rng.pick([`Bearer ${rng.text(40)}`, rng.text(200), 'Bearer a.b.c', '']);
        if (rng.next() < 0.3)
          headers.origin = rng.pick(['http://evil.example', 'null', harness.url, rng.text(30)]);
        if (rng.next() < 0.2) headers['x-forwarded-for'] = rng.text(20);
        if (rng.next() < 0.1) headers.host = rng.pick(['evil.example', '127.0.0.1', rng.text(10, 'abc.:-')]);
        if (rng.next() < 0.2) headers.cookie = rng.text(50);
        const bodies = [
          JSON.stringify({ ngc_api_key: rng.pick([PERSONAL_KEY, rng.text(80), '']) }),
          JSON.stringify({ ngc_api_key: rng.pick([null, 5, [], {}, true]) }),
          rng.text(300),
          Buffer.from(Array.from({ length: rng.int(200) }, () => rng.int(256))),
          '{}',
          '',
          'x'.repeat(rng.pick([100, 16 * 1024 + 1, 40_000])),
        ];
        let body = method === 'GET' || method === 'HEAD' ? undefined : rng.pick(bodies);
        // Some well-formed logins among the noise, so the fuzz also exercises the forwarding path.
        if (base === ROUTES[0] && path === base && method === 'POST' && rng.next() < 0.5) {
          headers['content-type'] = 'application/json';
          delete headers.origin;
          delete headers.host;
          body = JSON.stringify({ ngc_api_key: PERSONAL_KEY });
        }
        if (rng.next() < 0.05) harness.fake.setScenario(rng.pick(SCENARIOS));
        try {
          const answer = await send(harness.url, { method, path: safePath, headers, body });
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          const ownError = String(answer.headers['x-notebook-proxy-error'] ?? '');
          if (answer.status >= 500 && !OWN_FAILURES.has(ownError)) {
            problems.push(`${method} ${safePath} → ${answer.status} ${ownError}`);
          }
        } catch (error) {
          // The proxy hangs up on a body it refuses while the client is still sending it; nothing else may fail.
          const big = body !== undefined && Buffer.byteLength(body) > 16 * 1024;
          if (!big) problems.push(`${method} ${safePath} threw ${(error as Error).message}`);
        }
        count += 1;
      }

      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (performance.now() < stopAt) await one();
        }),
      );
      expect(problems).toEqual([]);
      expect(count).toBeGreaterThan(100);
      expect(statuses.has(201) || statuses.has(502) || statuses.has(504)).toBe(true);
      // The fuzz reached past the refusals too: upstream answers and the proxy's own refusals both occurred.
      if (process.env.FUZZ_REPORT) console.log(count, Object.fromEntries(statuses));
      for (const status of [400, 404, 405, 415]) expect(statuses.has(status)).toBe(true);

      harness.fake.setScenario('valid');
      const after = await postJson(harness.url, '/proxy/api/v1/login', { ngc_api_key: PERSONAL_KEY });
      expect(after.status).toBe(201);
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(150 * 1024 * 1024);
      await harness.close();
    },
    DURATION_MS + 15_000,
  );
});
