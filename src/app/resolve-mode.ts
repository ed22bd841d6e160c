import type { ConfigResponse } from '../api/contract.ts';
import { serverKeyRefusalText } from '../secrets/server-key-refusal.ts';

export type AppMode = 'live' | 'demo';

export interface ModeDecision {
  mode: AppMode;
  /** Why, in plain words, shown beside the mode switch. */
  reason: string;
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
    // "The real API" only when it is NVIDIA's host; a fake or a company mirror is named as it is.
    const host = config.hostUrl.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    const target = /(^|\.)nvidia\.com(:\d+)?$/i.test(host) ? 'the real API' : host;
    return { mode: 'live', reason: `The server has a MONAI_API_KEY, so the cells call ${target}.` };
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
  // Configure offers demo mode's stand-in key: say here that it is not the server's (it has none).
  return {
    mode: 'demo',
    reason: 'The server has no MONAI_API_KEY, so the demo uses a stand-in key: switch to live for yours.',
  };
}

/** The address of this page in another mode; the rest of the query string is kept. */
export function urlForMode(href: string, mode: AppMode): string {
  const url = new URL(href);
  url.searchParams.set('mode', mode);
  return url.toString();
}
