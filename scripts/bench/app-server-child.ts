// `npm start` in its own process, as server/start.ts runs it (same server, same stdout request log), except
// that dist/ may be elsewhere: the bench builds into a temp dir so it never disturbs someone's dist/.
import { describeStartup, startAppServer } from '../../server/start.ts';
import { reportFailuresToParent } from './child-process.ts';

reportFailuresToParent();
const app = await startAppServer({ distDir: process.env.BENCH_DIST_DIR });
for (const line of describeStartup(app)) console.log(line);
process.on('message', (message: { type?: string }) => {
  if (message.type === 'rss') process.send?.({ type: 'rss', bytes: process.memoryUsage().rss });
});
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
process.send?.({ type: 'ready', url: app.url });
