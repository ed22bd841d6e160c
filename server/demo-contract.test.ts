// The demo's msw handlers against the real thing: the same requests go to the handlers (msw/node, fetch) and to
// the real proxy in front of the real fake upstream, and must get the same status, body shape and proxy headers.
import { setupServer } from 'msw/node';
import { request as undiciRequest } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ORG } from '../src/api/contract.ts';
import { endpointNames, endpoints, proxyPath } from '../src/api/endpoints.ts';
import { demoScenarios, type DemoScenario } from '../src/mocks/demo-scenarios.ts';
import { DEMO_SERVER_KEY, createDemoHandlers, demoConfig } from '../src/mocks/handlers.ts';
import { PERSONAL_KEY, startHarness, type Harness } from './proxy-test-harness.ts';
import { contractCases, type ContractCase } from './demo-contract-cases.ts';

const DEMO_ORIGIN = 'http://demo.test';
// Well above the slow scenario's 2.5 s even on a loaded machine, so both sides answer it; the timeout
// scenario waits this long.
const TIMEOUT_MS = 5000;
const COMPARED_HEADERS = [
  'x-notebook-proxy',
  'x-notebook-proxy-error',
  'content-type',
  'retry-after',
  'allow',
  'cache-control',
];

let scenario: DemoScenario = 'valid';
let live: Harness;
let unreachable: Harness;
// The real side is the owner's browser (it opened the owner link), as the demo's page is its own server's owner.
const ownerCookies = new Map<Harness, string>();
const msw = setupServer();

beforeAll(async () => {
  const proxy = { apiKey: DEMO_SERVER_KEY, timeoutMs: TIMEOUT_MS };
  live = await startHarness({ proxy });
  unreachable = await startHarness({ proxy: { ...proxy, hostUrl: 'http://127.0.0.1:1' } });
  for (const harness of [live, unreachable]) ownerCookies.set(harness, await harness.ownerCookie());
  const config = { ...demoConfig, hostUrl: live.fake.url, timeoutMs: TIMEOUT_MS };
  msw.use(...createDemoHandlers(() => scenario, config));
  msw.listen({ onUnhandledRequest: 'error' });
});
afterAll(async () => {
  msw.close();
  await Promise.all([live?.close(), unreachable?.close()]);
});

interface Seen {
  status: number;
  headers: Record<string, string | undefined>;
  serverTiming: boolean;
  body: unknown;
}

/** What a client can rely on: statuses, the listed headers, and the body's shape with its telling values. */
function shapeOf(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return Object.fromEntries(entries.map(([k, v]) => [k, shapeOf(v, k)]));
  }
  if (['kind', 'error_desc', 'error_code', 'description', 'name'].includes(key)) return value;
  if (key === 'code' && typeof value === 'number') return value;
  return typeof value;
}

function seen(
  method: string,
  status: number,
  header: (name: string) => string | undefined,
  text: string,
): Seen {
  const type = header('content-type') ?? '';
  // A HEAD answer has no body on the wire; msw in Node hands the handler's body to fetch anyway.
  let body: unknown = method === 'HEAD' ? '' : text;
  if (type.includes('json') && method !== 'HEAD') {
    try {
      body = shapeOf(JSON.parse(text));
    } catch {
      body = `not JSON: ${text.slice(0, 80)}`;
    }
  }
  return {
    status,
    headers: Object.fromEntries(COMPARED_HEADERS.map((name) => [name, header(name)])),
    serverTiming: header('server-timing') !== undefined,
    body,
  };
}

async function viaDemo(c: ContractCase, token: string | undefined): Promise<Seen> {
  const response = await fetch(`${DEMO_ORIGIN}${c.path}`, {
    method: c.method,
    headers: headersFor(c, token),
    // Bytes, not a string: fetch would add `Content-Type: text/plain` to a string body.
    body: c.body === undefined ? undefined : new TextEncoder().encode(c.body),
  });
  return seen(
    c.method,
    response.status,
    (name) => response.headers.get(name) ?? undefined,
    await response.text(),
  );
}

async function viaProxy(c: ContractCase, token: string | undefined): Promise<Seen> {
  const target = c.scenario === 'unreachable' ? unreachable : live;
  const response = await undiciRequest(`${target.url}${c.path}`, {
    method: c.method as 'GET',
    headers: { ...headersFor(c, token), cookie: ownerCookies.get(target) ?? '' },
    body: c.body,
  });
  const header = (name: string) => {
    const value = response.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  return seen(c.method, response.statusCode, header, await response.body.text());
}

function headersFor(c: ContractCase, token: string | undefined): Record<string, string> {
  const headers = { ...c.headers };
  if (c.bearer === 'token') headers.authorization = `Bearer ${token ?? 'no-token'}`;
  return headers;
}

function tokenFrom(text: string): string | undefined {
  try {
    const token = (JSON.parse(text) as { token?: unknown }).token;
    return typeof token === 'string' ? token : undefined;
  } catch {
    return undefined;
  }
}

/** Each side's own token for the scenario (its fake signs its own), from a login with the personal key. */
async function tokens(): Promise<{ demo?: string; proxy?: string }> {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ngc_api_key: PERSONAL_KEY }),
  };
  const [demo, proxy] = await Promise.all([
    fetch(`${DEMO_ORIGIN}${proxyPath('login')}`, init).then((r) => r.text()),
    undiciRequest(`${live.url}${proxyPath('login')}`, {
      ...init,
      headers: { ...init.headers, cookie: ownerCookies.get(live) ?? '' },
      method: 'POST',
    }).then((r) => r.body.text()),
  ]);
  return { demo: tokenFrom(demo), proxy: tokenFrom(proxy) };
}

describe('the demo handlers answer as the real proxy in front of the fake API', () => {
  it('for every route, method, scenario and refusal', async () => {
    const differences: string[] = [];
    let compared = 0;
    for (const { name } of demoScenarios) {
      scenario = name;
      live.fake.setScenario(name === 'unreachable' ? 'valid' : name);
      const token = await tokens();
      const cases = contractCases.filter((c) => c.scenario === name);
      await Promise.all(
        cases.map(async (c) => {
          const [demo, proxy] = await Promise.all([viaDemo(c, token.demo), viaProxy(c, token.proxy)]);
          compared += 1;
          try {
            expect(demo).toEqual(proxy);
          } catch {
            differences.push(
              `[${name}] ${c.label}: demo ${JSON.stringify(demo)}\n    proxy ${JSON.stringify(proxy)}`,
            );
          }
        }),
      );
    }
    console.log(`demo contract: ${compared} requests compared, ${differences.length} differ`);
    expect(differences).toEqual([]);
    // Every endpoint in the table and every demo scenario was exercised.
    for (const endpoint of endpointNames) {
      const route = proxyPath(endpoint, { org: DEFAULT_ORG });
      expect(contractCases.some((c) => c.path === route && c.method === endpoints[endpoint].method)).toBe(
        true,
      );
    }
    expect(compared).toBeGreaterThan(demoScenarios.length * 6);
  }, 90_000);
});
