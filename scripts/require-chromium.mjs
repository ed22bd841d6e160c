// Stops `npm test` early, with one line that says what to do, when there is no Chromium to run the e2e tests in.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    `No Chromium at ${path}: install it with \`apt-get install chromium\` (or \`npx playwright install chromium\` where the internet is reachable, then set CHROMIUM_PATH to it).`,
  );
  process.exit(1);
}
