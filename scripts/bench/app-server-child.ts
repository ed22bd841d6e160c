// `npm start` in its own process, as server/start.ts runs it (same server, same stdout request log), except
// that dist/ may be elsewhere: the bench builds into a temp dir so it never disturbs someone's dist/.
import { describeStartup, startAppServer } from '../../server/start.ts';
import { answerUsageRequests, reportFailuresToParent } from './child-process.ts';

reportFailuresToParent();
const app = await startAppServer({ distDir: process.env.BENCH_DIST_DIR });
for (const line of describeStartup(app)) console.log(line);
answerUsageRequests();
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
process.send?.({ type: 'ready', url: app.url });
