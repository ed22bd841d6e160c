// Serves the built app from dist/: known MIME types, index.html for app routes, long caching for hashed
// assets, and nothing outside dist/ whatever the path says.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, posix, sep } from 'node:path';

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

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(text);
}

async function fileAt(path: string): Promise<Buffer | null> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

export function createStaticHandler(distDir: string) {
  const root = distDir.endsWith(sep) ? distDir : distDir + sep;
  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed.\n', { allow: 'GET, HEAD' });
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent((req.url ?? '/').split(/[?#]/)[0] ?? '/');
    } catch {
      return sendText(res, 400, 'Bad request.\n');
    }
    if (!pathname.startsWith('/') || pathname.includes('\0')) return sendText(res, 400, 'Bad request.\n');
    // normalize clamps `..` at the root; the prefix check below is the guard that matters.
    const relative = posix.normalize(pathname).replace(/^\/+/, '');
    const candidate = join(root, relative);
    if (candidate !== root.slice(0, -1) && !candidate.startsWith(root))
      return sendText(res, 404, 'Not found.\n');
    let body = relative === '' ? null : await fileAt(candidate);
    let type = MIME_TYPES[extname(candidate).toLowerCase()] ?? 'application/octet-stream';
    let cache = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (!body) {
      // A missing file with an extension is a real 404; anything else is an app route.
      if (extname(relative) !== '') return sendText(res, 404, 'Not found.\n');
      body = await fileAt(join(root, 'index.html'));
      if (!body) return sendText(res, 404, 'Not found.\n');
      type = MIME_TYPES['.html'] ?? 'text/html';
      cache = 'no-cache';
    }
    res.writeHead(200, {
      'content-type': type,
      'content-length': String(body.length),
      'cache-control': cache,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
