// A fake MONAI API in its own process, for the load runs.
import { startFakeUpstream } from '../../server/fake-upstream.ts';
import { answerUsageRequests, reportFailuresToParent } from './child-process.ts';

reportFailuresToParent();
answerUsageRequests();
const fake = await startFakeUpstream({ port: 0, scenario: 'valid' });
process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));
process.send?.({ type: 'ready', url: fake.url });
