// Presenter mode in the address: `?present=1` opens it, so a presenter can bookmark the talk's start page.

const PARAM = 'present';
const ON_VALUES = new Set(['1', 'true', 'yes', 'on', '']);

/** True when the query asks for presenter mode: `?present`, `?present=1`, `?present=true`. */
export function presenterRequested(search: string): boolean {
  const value = new URLSearchParams(search).get(PARAM);
  return value !== null && ON_VALUES.has(value.toLowerCase());
}

/** The same address with presenter mode on (`present=1`) or off (no `present`), hash and other params kept. */
export function urlWithPresenter(href: string, on: boolean): string {
  const url = new URL(href);
  if (on) url.searchParams.set(PARAM, '1');
  else url.searchParams.delete(PARAM);
  return url.toString();
}

/** Which way a key moves through the sections: +1, -1, or 0 for a key presenter mode does not use. */
export function sectionStep(key: string): -1 | 0 | 1 {
  if (key === 'ArrowRight' || key === 'PageDown') return 1;
  if (key === 'ArrowLeft' || key === 'PageUp') return -1;
  return 0;
}

/** Moves `step` sections from `index`, stopping at the first and last (no wrap: the end of a talk is the end). */
export function clampSection(index: number, step: number, count: number): number {
  return Math.min(Math.max(index + step, 0), Math.max(count - 1, 0));
}

/** True in the speaker view's window: `?speaker` (opened by presenter mode's "Open speaker view"). */
export function speakerRequested(search: string): boolean {
  const value = new URLSearchParams(search).get('speaker');
  return value !== null && ON_VALUES.has(value.toLowerCase());
}

/** The speaker view's address: this page with `?speaker=1` and nothing else, so no secret can ride along. */
export function speakerUrl(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}?speaker=1`;
}
