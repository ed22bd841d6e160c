// The proxy passes the API's answers through, so an API that echoes what it was sent (a hostile one, or a
// debugging endpoint) would hand the server's MONAI_API_KEY to whoever asked. Every occurrence is replaced,
// in the body and in the headers the proxy passes on, before the answer leaves.

export const REDACTED = '[redacted: server key]';

export interface KeyRedactor {
  bytes(body: Buffer): Buffer;
  text(value: string): string;
}

const noRedaction: KeyRedactor = { bytes: (body) => body, text: (value) => value };

/** `key` undefined (no server key): answers go out untouched. */
export function createKeyRedactor(key: string | undefined): KeyRedactor {
  // The key as given and without the whitespace a paste brings; as JSON writes it, where that differs.
  const forms = [...new Set([key, key?.trim(), key && JSON.stringify(key.trim()).slice(1, -1)])].filter(
    (form): form is string => form !== undefined && form.length >= 8,
  );
  if (forms.length === 0) return noRedaction;
  const needles = forms.map((form) => Buffer.from(form));
  const replacement = Buffer.from(REDACTED);
  return {
    bytes(body) {
      let out = body;
      for (const needle of needles) {
        // Most answers do not contain it: one search, no copy.
        if (out.indexOf(needle) === -1) continue;
        const parts: Buffer[] = [];
        let from = 0;
        for (let at = out.indexOf(needle); at !== -1; at = out.indexOf(needle, from)) {
          parts.push(out.subarray(from, at), replacement);
          from = at + needle.length;
        }
        parts.push(out.subarray(from));
        out = Buffer.concat(parts);
      }
      return out;
    },
    text(value) {
      return forms.reduce((text, form) => text.split(form).join(REDACTED), value);
    },
  };
}
