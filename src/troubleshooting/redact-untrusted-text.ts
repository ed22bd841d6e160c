// Text from the upstream, a proxy or the browser is untrusted: an upstream could echo the key or token back,
// or send a whole page. Before any of it is shown, secrets are hidden and the text is kept short.

const HIDDEN = '[hidden]';

// Order matters: the specific shapes go first so their whole match is hidden, not just a long run inside it.
const SECRET_SHAPES: RegExp[] = [
  /\bbearer\s+\S+/gi, // an Authorization header value, whatever follows
  /nvapi-[A-Za-z0-9_-]*/gi, // a personal key, even a truncated one
  /\beyJ[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,2}/g, // a JWT (its header always starts with '{"')
  /[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, // any other three-segment token
  /[A-Za-z0-9+/=_-]{32,}/g, // a legacy key (84 alphanumerics) or any other long opaque value
];

/** Hides anything shaped like a key or token, flattens control characters and caps the length. */
export function redactUntrustedText(text: string, maxLength = 300): string {
  let safe = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
  for (const shape of SECRET_SHAPES) {
    safe = safe.replace(shape, (match) => (/^bearer/i.test(match) ? `Bearer ${HIDDEN}` : HIDDEN));
  }
  // Cut after redacting, so a cut can never leave half a secret that no longer matches a shape.
  return safe.length > maxLength ? `${safe.slice(0, maxLength - 1).trimEnd()}…` : safe;
}
