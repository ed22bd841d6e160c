// The projector window and the speaker view talk over a BroadcastChannel (same origin, same browser; no
// server, nothing in the address). Either may move the slides or pick the demo scenario; the projector
// answers a speaker view's "hello" with where the talk is. Messages carry slide ids and scenario names only,
// never a secret, and anything else on the channel (another tab, an old version) is ignored.

const CHANNEL_NAME = 'credentials-notebook:presenter';

export type PresenterMessage =
  /** Show this slide (either window). */
  | { type: 'slide'; id: string }
  /** Pick this demo scenario (either window). */
  | { type: 'scenario'; name: string }
  /** A speaker view opened: the projector answers with 'state'. */
  | { type: 'hello' }
  /** The projector's slide, demo scenario (null outside demo mode) and mode. */
  | { type: 'state'; slide: string; scenario: string | null }
  /** The projector left presenter mode (or closed). */
  | { type: 'bye' };

export interface PresenterChannel {
  post(message: PresenterMessage): void;
  close(): void;
}

/** Opens the channel; `onMessage` gets every valid message another window posts. */
export function openPresenterChannel(onMessage: (message: PresenterMessage) => void): PresenterChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = parsePresenterMessage(event.data);
    if (message) onMessage(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  const isId = (value: unknown): value is string => typeof value === 'string' && ID.test(value);
  switch (message.type) {
    case 'slide':
      return isId(message.id) ? { type: 'slide', id: message.id } : null;
    case 'scenario':
      return isId(message.name) ? { type: 'scenario', name: message.name } : null;
    case 'hello':
    case 'bye':
      return { type: message.type };
    case 'state':
      return isId(message.slide) && (message.scenario === null || isId(message.scenario))
        ? { type: 'state', slide: message.slide, scenario: message.scenario }
        : null;
    default:
      return null;
  }
}
