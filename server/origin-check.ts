// Refuses state-changing calls made by pages of another origin (CSRF): a page elsewhere must not be able to
// log in with this server's key. Browsers always send Origin or Sec-Fetch-Site on a cross-origin POST.
import type { IncomingMessage } from 'node:http';

export function isSameOriginRequest(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  // No Origin: not sent by a web page (curl, a script, a test); such a caller could set any Origin anyway.
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === (req.headers.host ?? '').toLowerCase();
  } catch {
    return false; // "null" (sandboxed frames, file://) and anything unparsable
  }
}
