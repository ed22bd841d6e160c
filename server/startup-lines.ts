// What the server prints when it starts, the same for `npm start`, `npm run dev` and `npm run preview`:
// where the app is, which API it calls, the server key's fingerprint (never the key), the owner link, and
// the warnings a workshop host needs. Printed to the terminal only; the JSON request log never holds them.
import { checkKey } from '../src/secrets/key-checks.ts';
import { keyFingerprint } from '../src/secrets/mask.ts';
import { isLoopbackHost } from './client-address.ts';
import type { ServerEnv } from './env.ts';

export function startupLines(
  appUrl: string,
  env: Pick<ServerEnv, 'apiKey' | 'hostUrl' | 'hostUrlSet' | 'host' | 'trustProxyHops'>,
  ownerUrl: string | undefined,
): string[] {
  let key = 'not set (each user pastes their own)';
  if (env.apiKey !== undefined) {
    const { problems } = checkKey(env.apiKey);
    key = `${keyFingerprint(env.apiKey)}${problems.length ? ` (problems: ${problems.join(', ')})` : ''}`;
  }
  const mode = env.apiKey !== undefined || env.hostUrlSet ? 'live' : 'demo (offline)';
  const lines = [
    `Credentials Notebook at ${appUrl} → MONAI API ${env.hostUrl}; starts in ${mode} mode; server key: ${key}`,
  ];
  if (ownerUrl !== undefined) {
    lines.push(
      `To use the server key, open this link in your browser (it holds a secret: do not share it): ${ownerUrl}`,
    );
  }
  if (!isLoopbackHost(env.host)) {
    lines.push(
      `Warning: HOST=${env.host} makes the app reachable from other machines. The server key is used only by ` +
        'the browser that opened the link above, on this machine; everyone else must paste their own key.',
    );
  }
  if (env.trustProxyHops > 0) {
    lines.push(
      `Behind ${env.trustProxyHops} proxy hop(s): logins are rate-limited per X-Forwarded-For address. ` +
        'Requests that came through a proxy never use the server key.',
    );
  }
  return lines;
}
