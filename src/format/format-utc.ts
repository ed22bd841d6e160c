/**
 * "2026-01-02 10:11 UTC": the one way the app writes a moment. UTC, so an exported file reads the same
 * wherever it is opened and the failure classifier stays pure (no time zone of the machine running it).
 */
export function formatUtc(date: Date): string {
  return Number.isNaN(date.getTime())
    ? 'unknown'
    : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
