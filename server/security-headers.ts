// Headers on every response of `npm start`, `npm run preview` and (with a nonce) `npm run dev`. The CSP
// allows only our own scripts (the built index.html has none inline), our own styles, and the msw service
// worker for demo mode.
import type { ServerResponse } from 'node:http';

function contentSecurityPolicy(nonce?: string): string {
  const own = nonce === undefined ? "'self'" : `'self' 'nonce-${nonce}'`;
  return [
    "default-src 'self'",
    `script-src ${own}`,
    `style-src ${own}`,
    "img-src 'self' data:",
    "font-src 'self'",
    // 'self' covers the dev server's HMR WebSocket on the same host and port (CSP Level 3).
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

export const securityHeaders: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Sets them on a response whose head is not written yet (the proxy writes them in its own writeHead). */
export function setSecurityHeaders(res: ServerResponse): void {
  for (const name in securityHeaders) res.setHeader(name, securityHeaders[name]!);
}

/**
 * The same headers for `npm run dev`, whose page needs two things the build does not: React refresh's inline
 * preamble and the <style> elements Vite injects for CSS. Vite puts `nonce` (a fresh one each run, from
 * `html.cspNonce`) on exactly those, so the policy stays "no inline script" for anything else.
 */
export function devSecurityHeaders(nonce: string): Record<string, string> {
  return { ...securityHeaders, 'content-security-policy': contentSecurityPolicy(nonce) };
}
