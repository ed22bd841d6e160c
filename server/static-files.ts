// Serves the built app from dist/ with sirv (the library Vite's own preview uses): the brotli or gzip file
// the build wrote beside each text file, chosen by Accept-Encoding; ETag / If-None-Match → 304; hashed
// assets cached for a year, everything else (index.html, the service worker script) revalidated on each
// visit. sirv indexes dist/ once at start-up and answers only paths in that index, so no path, however
// encoded, reaches a file outside dist/. sirv reads each file from disk per request (the page cache keeps
// that cheap; 200 attendees at once take about 2 s on this machine, see `npm run bench`), and it indexes
// dist/ at start-up, so restart `npm start` after a rebuild.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import sirv from 'sirv';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Vite names what it hashes into assets/; nothing else may be cached without asking. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

/**
 * sirv picks brotli or gzip when the header merely names it; a browser that refuses one with `q=0` must not
 * get it, so such codings are taken out of the header before sirv reads it.
 */
export function withoutRefusedCodings(header: string | undefined): string | undefined {
  if (header === undefined || !header.includes('q=0')) return header;
  return header
    .split(',')
    .filter((part) => {
      const q = part
        .split(';')
        .slice(1)
        .map((param) => param.trim())
        .find((param) => param.startsWith('q='));
      return q === undefined || Number(q.slice(2)) > 0;
    })
    .join(',');
}

function pathnameOf(req: IncomingMessage): string {
  return (req.url ?? '/').split(/[?#]/)[0] ?? '/';
}

/** An app route (no extension) is index.html, even under /assets/. */
const cacheFor = (pathname: string) =>
  pathname.startsWith('/assets/') && extname(pathname) !== '' ? IMMUTABLE : REVALIDATE;

/** `headers` (the security headers) go on every answer, 304s and 404s included. */
export function createStaticHandler(distDir: string, headers: Readonly<Record<string, string>> = {}) {
  const serve = sirv(distDir, {
    etag: true,
    brotli: true,
    gzip: true,
    // An app route (no extension) gets index.html; a missing file with an extension is a real 404.
    single: true,
    extensions: ['html'],
    dotfiles: false,
    setHeaders(res, pathname) {
      // sirv's own types lack the charset; an app route is index.html whatever its path.
      const type =
        extname(pathname) === '' ? MIME_TYPES['.html']! : MIME_TYPES[extname(pathname).toLowerCase()];
      res.setHeader('content-type', type ?? 'application/octet-stream');
    },
    onNoMatch(_req, res) {
      res.removeHeader('cache-control');
      res.removeHeader('vary');
      sendText(res, 404, 'Not found.\n');
    },
  });

  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed.\n', { allow: 'GET, HEAD' });
    }
    const pathname = pathnameOf(req);
    if (!pathname.startsWith('/') || pathname.includes('\0')) return sendText(res, 400, 'Bad request.\n');
    // Set before sirv decides, so a 304 carries them too (sirv writes a bare 304 otherwise).
    res.setHeader('cache-control', cacheFor(pathname));
    res.setHeader('vary', 'Accept-Encoding');
    const acceptEncoding = withoutRefusedCodings(req.headers['accept-encoding']);
    if (acceptEncoding !== undefined) req.headers['accept-encoding'] = acceptEncoding;
    serve(req, res);
  };
}
