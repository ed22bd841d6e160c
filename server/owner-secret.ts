// Who owns this server: the browser that opened the link the server printed, the way Jupyter binds a kernel
// to the token in the URL it prints. A proxy on this machine (a raw TCP relay, a forwarder that adds no
// header) makes every visitor look local, so being on loopback alone cannot say who started the server.
//
// Stateless on purpose: the cookie is an HMAC of the secret, so any replica given the same secret
// (MONAI_OWNER_SECRET) verifies it by recomputing, and no session is kept in memory.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isFromThisMachine } from './client-address.ts';

/** The path of the owner link: `/owner?secret=<secret>`. */
export const OWNER_LINK_PATH = '/owner';
export const MIN_OWNER_SECRET_LENGTH = 32;

export interface OwnerGate {
  /** The link to print in the server's terminal (never logged): opening it makes that browser the owner. */
  ownerUrl(appUrl: string): string;
  /** Whether the request carries the owner cookie. Says nothing about where it came from. */
  hasOwnerCookie(req: IncomingMessage): boolean;
  /**
   * The owner's browser, straight to this server: the owner cookie, a loopback peer and no forwarding
   * header. Only such requests may use the server's MONAI_API_KEY.
   */
  isOwnerRequest(req: IncomingMessage): boolean;
  /**
   * Answers `GET /owner?secret=…` (returns false for any other path, which the caller serves): a good secret
   * sets the cookie and redirects to the app, so the secret leaves the address bar and history.
   */
  answerOwnerLink(req: IncomingMessage, res: ServerResponse, headers?: Record<string, string>): boolean;
}

/** A fresh secret for one run of the server: 256 random bits, URL-safe. */
export function newOwnerSecret(): string {
  return randomBytes(32).toString('base64url');
}

const hmac = (secret: string, label: string) =>
  createHmac('sha256', secret).update(label).digest('base64url');

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createOwnerGate(secret: string): OwnerGate {
  // Cookies are shared by every port of a host, so each secret has its own cookie name: the dev server, npm
  // start and a test's servers on 127.0.0.1 do not overwrite each other's owner.
  const cookieName = `notebook-owner-${hmac(secret, 'cookie-name').slice(0, 10)}`;
  const expected = hmac(secret, 'credentials-notebook owner cookie v1');

  const hasOwnerCookie = (req: IncomingMessage) => {
    const value = cookieValue(req.headers.cookie, cookieName);
    return value !== undefined && sameText(value, expected);
  };

  return {
    ownerUrl: (appUrl) => `${appUrl.replace(/\/$/, '')}${OWNER_LINK_PATH}?secret=${secret}`,
    hasOwnerCookie,
    isOwnerRequest: (req) => isFromThisMachine(req) && hasOwnerCookie(req),
    answerOwnerLink(req, res, headers = {}) {
      const url = req.url ?? '';
      const query = url.startsWith(`${OWNER_LINK_PATH}?`) ? url.slice(OWNER_LINK_PATH.length + 1) : null;
      if (url !== OWNER_LINK_PATH && query === null) return false;
      const common = {
        ...headers,
        'cache-control': 'no-store',
        // The redirect must not carry the secret to anyone in a Referer.
        'referrer-policy': 'no-referrer',
      };
      const given = new URLSearchParams(query ?? '').get('secret') ?? '';
      if ((req.method !== 'GET' && req.method !== 'HEAD') || !sameText(given, secret)) {
        const text =
          'This owner link is not valid for this server. The server prints a new one each time it starts: ' +
          'copy it from the terminal that runs the app, or paste your own key in the notebook.\n';
        res.writeHead(403, { ...common, 'content-type': 'text/plain; charset=utf-8' });
        res.end(text);
        return true;
      }
      // 303 to the app: the address bar and the history keep `/`, never the link with the secret.
      res.writeHead(303, {
        ...common,
        location: '/',
        'set-cookie': `${cookieName}=${expected}; Path=/; HttpOnly; SameSite=Strict`,
        'content-length': '0',
      });
      res.end();
      return true;
    },
  };
}
