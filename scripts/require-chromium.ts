// Stops `npm test` early, with one line that says what to do, when there is no Chromium to run the e2e tests in.
import { accessSync, constants } from 'node:fs';
import { CHROMIUM_PATH } from './chromium.ts';

try {
  accessSync(CHROMIUM_PATH, constants.X_OK);
} catch {
  console.error(
    `No Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install chromium\` (or \`npx playwright install chromium\` where the internet is reachable, then set CHROMIUM_PATH to it).`,
  );
  process.exit(1);
}
