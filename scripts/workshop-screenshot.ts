// The README's dashboard screenshot: a workshop server (WORKSHOP=1) with simulated attendees reporting over
// HTTP as their browsers would (the room client), seen from the owner's browser at /?dashboard.
import { expect, type Browser } from '@playwright/test';
import { startAppServer } from '../server/start.ts';
import { stepIds } from '../server/workshop-ids.ts';
import { createRoomAttendee } from '../src/workshop/room-client.ts';
import type { RoomMode } from '../src/workshop/room-protocol.ts';

type Results = Record<string, string>;
const passedUpTo = (step: string): Results =>
  Object.fromEntries(stepIds.slice(0, stepIds.indexOf(step)).map((id) => [id, 'ok']));

/** Who is where: [how many, the step they are on, its result (a card id), or none while working on it]. */
const ROOM: [number, string, string | undefined][] = [
  [9, 'verify', 'ok'],
  [6, 'login', 'login-unauthorized'],
  [3, 'configure', 'placeholder-key'],
  [2, 'verify', 'org-forbidden'],
  [4, 'login', undefined],
];

async function simulateRoom(appUrl: string): Promise<number> {
  let index = 0;
  const reports = ROOM.flatMap(([count, step, result]) =>
    Array.from({ length: count }, () => {
      const mode: RoomMode = index++ % 3 === 2 ? 'live' : 'demo';
      const results = { ...passedUpTo(step), ...(result ? { [step]: result } : {}) };
      return createRoomAttendee<string, string>({ baseUrl: appUrl }).report({ step, mode, results });
    }),
  );
  for (const outcome of await Promise.all(reports)) {
    if (!outcome.ok) throw new Error(`A simulated attendee's report was refused: ${outcome.reason}`);
  }
  return reports.length;
}

export async function shootWorkshopDashboard(
  browser: Browser,
  options: { distDir: string; outDir: string; fakeUpstreamUrl: string },
): Promise<string> {
  const app = await startAppServer({
    env: { WORKSHOP: '1', MONAI_HOST_URL: options.fakeUpstreamUrl, MONAI_LOGIN_RATE_LIMIT: 'off' },
    distDir: options.distDir,
    port: 0,
    host: '127.0.0.1',
    log: () => {},
  });
  try {
    const attendees = await simulateRoom(app.url);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    if (app.ownerUrl) await context.request.get(app.ownerUrl, { maxRedirects: 0 });
    const page = await context.newPage();
    await page.goto(`${app.url}/?dashboard`);
    const board = page.getByRole('region', { name: 'Workshop room' });
    await expect(board).toContainText(`${attendees} attendees connected`);
    await expect(board).toContainText('6 on ‘The API did not accept your key’');
    const path = `${options.outDir}/workshop-dashboard.png`;
    await page.screenshot({ path, fullPage: true });
    await context.close();
    return path;
  } finally {
    await app.close();
  }
}
