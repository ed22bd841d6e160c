import type { ConfigResponse, ServerKeyRefusal } from '../api/contract.ts';

export type AppMode = 'live' | 'demo';

export interface ModeDecision {
  mode: AppMode;
  /** Why, in plain words, shown beside the mode switch. */
  reason: string;
}

/** Why this browser may not use the server's key, in words that say what to do instead. */
export function serverKeyRefusalText(because: ServerKeyRefusal | undefined): string {
  return because === 'not-this-machine'
    ? 'The server’s MONAI_API_KEY is only for the machine that runs the app: paste a key of your own.'
    : 'The server’s MONAI_API_KEY is only for the browser that opened the link the server printed in its ' +
        'terminal: open that link, or paste a key of your own.';
}

/**
 * ?mode= wins; otherwise live when the server holds a key this browser may use, or when MONAI_HOST_URL was set
 * (whoever started the server means to call that host: the cells ask for a key); demo otherwise.
 */
export function resolveMode(search: string, config: ConfigResponse | null): ModeDecision {
  const asked = new URLSearchParams(search).get('mode');
  if (asked === 'demo') return { mode: 'demo', reason: 'Chosen in the address (?mode=demo).' };
  if (asked === 'live') return { mode: 'live', reason: 'Chosen in the address (?mode=live).' };
  if (!config) return { mode: 'demo', reason: 'No proxy answered, so the notebook runs offline.' };
  const { serverKey } = config;
  if (serverKey.set && serverKey.usable) {
    return { mode: 'live', reason: 'The server has a MONAI_API_KEY, so the cells call the real API.' };
  }
  const refusal = serverKey.set ? `${serverKeyRefusalText(serverKey.notUsableBecause)} ` : '';
  if (config.hostUrlSet) {
    const host = config.hostUrl.replace(/^https?:\/\//, '');
    return {
      mode: 'live',
      reason: `${refusal}The server was started with MONAI_HOST_URL, so the cells call ${host}: paste your key in Configure.`,
    };
  }
  if (serverKey.set) return { mode: 'demo', reason: `${refusal}Switch to live to use your own key.` };
  return { mode: 'demo', reason: 'The server has no MONAI_API_KEY: switch to live to paste your own key.' };
}

/** The address of this page in another mode; the rest of the query string is kept. */
export function urlForMode(href: string, mode: AppMode): string {
  const url = new URL(href);
  url.searchParams.set('mode', mode);
  return url.toString();
}
