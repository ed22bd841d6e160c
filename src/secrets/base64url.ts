// base64url (RFC 4648 §5, unpadded), the encoding of JWT segments: one implementation for the browser's JWT
// reader, the fake API's tokens and the test sessions. atob/btoa, so it runs in the browser and in Node alike.

const SEGMENT = /^[A-Za-z0-9_-]*$/;

export function base64UrlFromBytes(bytes: ArrayLike<number>): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]!);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A value as JSON, UTF-8 encoded, as a JWT's header and claims are. */
export function base64UrlFromJson(value: unknown): string {
  return base64UrlFromBytes(new TextEncoder().encode(JSON.stringify(value)));
}

/** null when `segment` is not base64url (wrong alphabet, or a length no encoding produces). */
export function bytesFromBase64Url(segment: string): Uint8Array | null {
  if (!SEGMENT.test(segment) || segment.length % 4 === 1) return null;
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The JSON value a segment encodes; undefined when it is not base64url, not UTF-8 or not JSON. */
export function jsonFromBase64Url(segment: string): unknown {
  const bytes = bytesFromBase64Url(segment);
  if (bytes === null) return undefined;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
