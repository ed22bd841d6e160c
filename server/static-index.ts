// The built app held in memory: every file of dist/ read once at start-up, with the brotli and gzip copies
// the build wrote beside it, and each answer's headers worked out in advance. dist/ is a few hundred KB of
// immutable files; reading them from disk for each request (open, read into a fresh 64 KiB buffer, close)
// was half of npm start's CPU when 200 attendees opened the app at once.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

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

/** One encoding of one file, ready to send. */
export interface Variant {
  body: Buffer;
  etag: string;
  /** The answer headers (given to loadStaticIndex) plus content-type, -length, -encoding, etag, caching, vary. */
  headers: Readonly<Record<string, string>>;
  /** What a 304 for it carries: the answer headers, etag, caching and vary. */
  notModifiedHeaders: Readonly<Record<string, string>>;
}

export interface StaticFile {
  identity: Variant;
  br?: Variant;
  gzip?: Variant;
}

const ENCODED = { br: '.br', gzip: '.gz' } as const;

/** Every file below `dir` as URL paths ("/assets/app.js"), skipping dotfiles and dot-folders. */
function urlPaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length).split(sep).join('/'))
    .filter((path) => !path.split('/').some((segment) => segment.startsWith('.')));
}

function variant(
  body: Buffer,
  path: string,
  encoding: keyof typeof ENCODED | undefined,
  answerHeaders: Record<string, string>,
): Variant {
  // A strong ETag from the bytes themselves: each encoding has its own, and a rebuild that changes nothing
  // keeps it, so a repeat visit still gets its 304.
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const notModified = {
    ...answerHeaders,
    etag,
    'cache-control': path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
    vary: 'Accept-Encoding',
  };
  const headers: Record<string, string> = {
    ...notModified,
    'content-type': MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': String(body.length),
  };
  if (encoding) headers['content-encoding'] = encoding;
  return { body, etag, headers: Object.freeze(headers), notModifiedHeaders: Object.freeze(notModified) };
}

/**
 * Reads `dir` (dist/) into memory: URL path → the file in each encoding the build wrote. `answerHeaders`
 * (the security headers) go into every answer's headers, so a request costs one writeHead.
 */
export function loadStaticIndex(
  dir: string,
  answerHeaders: Record<string, string> = {},
): Map<string, StaticFile> {
  const paths = urlPaths(dir);
  const present = new Set(paths);
  const isCopy = (path: string) =>
    Object.values(ENCODED).some((suffix) => path.endsWith(suffix) && present.has(path.slice(0, -3)));
  const read = (path: string) => readFileSync(join(dir, ...path.split('/')));
  const index = new Map<string, StaticFile>();
  for (const path of paths) {
    if (isCopy(path)) continue;
    const file: StaticFile = { identity: variant(read(path), path, undefined, answerHeaders) };
    for (const encoding of ['br', 'gzip'] as const) {
      if (present.has(path + ENCODED[encoding])) {
        file[encoding] = variant(read(path + ENCODED[encoding]), path, encoding, answerHeaders);
      }
    }
    index.set(path, file);
  }
  return index;
}
