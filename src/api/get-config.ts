import { queryOptions } from '@tanstack/react-query';
import { PROXY_MARKER_HEADER, type ConfigResponse } from './contract.ts';
import { proxyPath } from './endpoints.ts';

/** The server's configuration, or null when the app is served without its proxy (static files only). */
export async function fetchConfig(signal?: AbortSignal): Promise<ConfigResponse | null> {
  let response: Response;
  try {
    response = await fetch(proxyPath('config'), { signal, cache: 'no-store', credentials: 'same-origin' });
  } catch {
    return null;
  }
  if (!response.ok || !response.headers.has(PROXY_MARKER_HEADER)) return null;
  try {
    return (await response.json()) as ConfigResponse;
  } catch {
    return null;
  }
}

export function configQueryOptions() {
  return queryOptions({
    queryKey: ['config'],
    queryFn: ({ signal }) => fetchConfig(signal),
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
}
