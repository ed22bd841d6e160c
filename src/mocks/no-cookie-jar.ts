// Stands in for tough-cookie in the built demo (see the alias in vite.config.ts). msw keeps a cookie jar
// for mocked responses that set cookies; tough-cookie and the public-suffix list it carries were 380 KB of
// the 440 KB demo chunk. The demo's handlers never set a cookie (the real proxy strips Set-Cookie too), so
// the jar stays empty: reading it gives nothing, and a handler that ever sets one fails loudly here
// instead of quietly losing it.

/** What msw reads from a stored cookie: nothing is ever stored, so never called with one. */
export class Cookie {
  static fromJSON(): null {
    return null;
  }
}

export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  getCookiesSync(): Cookie[] {
    return [];
  }

  setCookie(): Promise<never> {
    return Promise.reject(
      new Error('Demo mode keeps no cookies: a demo handler must not answer with Set-Cookie.'),
    );
  }
}
