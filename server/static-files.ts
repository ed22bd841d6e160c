// Serves the built app from memory (static-index.ts reads dist/ once at start-up): the brotli or gzip copy
// the build wrote beside each text file, chosen by Accept-Encoding; ETag / If-None-Match → 304; hashed
// assets cached for a year, everything else (index.html, the service worker script) revalidated on each
// visit. Only paths in that index are answered, so no path, however encoded, reaches a file outside dist/.
// Restart after a rebuild: a new build's files are not seen until then.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadStaticIndex, type StaticFile, type Variant } from './static-index.ts';

export { IMMUTABLE, REVALIDATE } from './static-index.ts';

function pathnameOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const end = url.search(/[?#]/);
  const raw = end === -1 ? url : url.slice(0, end);
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw; // malformed escapes match no file
  }
}

/** Whether `name` (e.g. "br") is acceptable: listed, or covered by `*`, with a q-value above 0. */
function accepts(header: string, name: string): boolean {
  let wildcard = false;
  for (const part of header.split(',')) {
    const [coding = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    const ok = q === undefined || Number(q.slice(2)) > 0;
    if (coding === name) return ok;
    if (coding === '*') wildcard = ok;
  }
  return wildcard;
}

type Coding = 'br' | 'gzip' | 'identity';

/** Browsers send one of a handful of Accept-Encoding values, so each is parsed once. */
function createNegotiator(): (acceptEncoding: string | undefined) => Coding {
  const seen = new Map<string, Coding>();
  return (acceptEncoding) => {
    if (!acceptEncoding) return 'identity';
    let coding = seen.get(acceptEncoding);
    if (coding === undefined) {
      coding = accepts(acceptEncoding, 'br') ? 'br' : accepts(acceptEncoding, 'gzip') ? 'gzip' : 'identity';
      // Bounded: a client sending a new value each time must not grow it without end.
      if (seen.size >= 100) seen.clear();
      seen.set(acceptEncoding, coding);
    }
    return coding;
  };
}

function chooseVariant(file: StaticFile, best: Coding): Variant {
  if (best === 'br') return file.br ?? file.gzip ?? file.identity;
  if (best === 'gzip') return file.gzip ?? file.identity;
  return file.identity;
}

const matchesEtag = (header: string | undefined, etag: string) =>
  header !== undefined &&
  (header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag));

/** The last segment names a file ("app.js"): a missing file then is a 404, not the app's page. */
const looksLikeFile = (pathname: string) => /\.\w+$/.test(pathname.slice(pathname.lastIndexOf('/') + 1));

/** `answerHeaders` (the security headers) go on every answer, the 304s and errors too. */
export function createStaticHandler(distDir: string, answerHeaders: Record<string, string> = {}) {
  const index = loadStaticIndex(distDir, answerHeaders);
  const negotiate = createNegotiator();
  const refuse = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) =>
    res
      .writeHead(status, { ...answerHeaders, 'content-type': 'text/plain; charset=utf-8', ...extra })
      .end(text);
  const appPage = index.get('/index.html');

  function find(pathname: string): StaticFile | undefined {
    const found =
      index.get(pathname) ??
      index.get(`${pathname.replace(/\/$/, '')}/index.html`) ??
      (pathname.endsWith('/') ? undefined : index.get(`${pathname}.html`));
    if (found) return found;
    // Any other path without a file name is an app route: the single page answers it.
    if (looksLikeFile(pathname) || pathname.startsWith('/.well-known/')) return undefined;
    return appPage;
  }

  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(res, 405, 'Method not allowed.\n', { allow: 'GET, HEAD' });
      return;
    }
    const pathname = pathnameOf(req);
    if (!pathname.startsWith('/') || pathname.includes('\0')) {
      refuse(res, 400, 'Bad request.\n');
      return;
    }
    const file = find(pathname);
    if (!file) {
      refuse(res, 404, 'Not found.\n');
      return;
    }
    const chosen = chooseVariant(file, negotiate(req.headers['accept-encoding']));
    if (matchesEtag(req.headers['if-none-match'], chosen.etag)) {
      res.writeHead(304, chosen.notModifiedHeaders).end();
      return;
    }
    // HEAD: Node sends the head (with the real content-length) and drops the body.
    res.writeHead(200, chosen.headers).end(chosen.body);
  };
}
