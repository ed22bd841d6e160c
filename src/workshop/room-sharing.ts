// This tab's choice about the workshop room, in sessionStorage: whether the attendee stopped sharing, and the
// random attendee id, so a reload is the same attendee rather than a second one. Neither is a secret (the id is
// a fresh UUID, tied to nothing); both are forgotten when the tab closes.
import { ROOM_ATTENDEE_PATTERN } from './room-protocol.ts';

const OPTED_OUT_KEY = 'credentials-notebook:workshop:stopped-sharing';
const ATTENDEE_KEY = 'credentials-notebook:workshop:attendee';

type SessionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function sessionStore(): SessionStore | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** Storage can throw (disabled, private mode): the choice then lasts for this page only. */
function safely<T>(action: (store: SessionStore) => T, fallback: T): T {
  try {
    const store = sessionStore();
    return store ? action(store) : fallback;
  } catch {
    return fallback;
  }
}

export function hasStoppedSharing(): boolean {
  return safely((store) => store.getItem(OPTED_OUT_KEY) === '1', false);
}

/** The id this tab reports under: kept for the tab's life, new after "Share again". */
export function attendeeIdForTab(): string {
  const kept = safely((store) => store.getItem(ATTENDEE_KEY), null);
  if (kept && ROOM_ATTENDEE_PATTERN.test(kept)) return kept;
  const id = randomAttendeeId();
  safely((store) => store.setItem(ATTENDEE_KEY, id), undefined);
  return id;
}

export function rememberStoppedSharing(stopped: boolean): void {
  safely((store) => {
    if (stopped) {
      store.setItem(OPTED_OUT_KEY, '1');
      store.removeItem(ATTENDEE_KEY);
    } else store.removeItem(OPTED_OUT_KEY);
  }, undefined);
}

/**
 * A version-4 UUID. crypto.randomUUID exists only on https and localhost, and a workshop on a LAN is often
 * plain http: getRandomValues works everywhere.
 */
export function randomAttendeeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
