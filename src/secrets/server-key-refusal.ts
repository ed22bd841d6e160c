import type { ServerKeyRefusal } from '../api/contract.ts';

/** Why this browser may not use the server's key, in words that say what to do instead. */
export function serverKeyRefusalText(because: ServerKeyRefusal | undefined): string {
  return because === 'not-this-machine'
    ? 'The server’s MONAI_API_KEY is only for the machine that runs the app: paste a key of your own.'
    : 'The server’s MONAI_API_KEY is only for the browser that opened the link the server printed in its ' +
        'terminal: open that link, or paste a key of your own.';
}
