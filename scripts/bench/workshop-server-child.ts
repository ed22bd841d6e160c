// `npm start` with WORKSHOP=1 in its own process, for the bench's workshop section. The owner check is the
// bench's own secret header until the server owner's secret (server/owner-secret.ts) is wired into start.ts.
import type { IncomingMessage } from 'node:http';
import { startAppServer } from '../../server/start.ts';
import { answerUsageRequests, reportFailuresToParent } from './child-process.ts';

reportFailuresToParent();
const secret = process.env.BENCH_OWNER_SECRET;
if (!secret) throw new Error('BENCH_OWNER_SECRET is not set.');
const app = await startAppServer({
  distDir: process.env.BENCH_DIST_DIR,
  env: { ...process.env, WORKSHOP: '1' },
  log: () => {},
  isWorkshopOwner: (req: IncomingMessage) => req.headers['x-bench-owner'] === secret,
});
answerUsageRequests();
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
process.send?.({ type: 'ready', url: app.url });
