// `npm run fake-upstream -- --port 8787 --scenario valid`: the fake MONAI API, for running the app offline
// against the real proxy (MONAI_HOST_URL=http://127.0.0.1:8787 npm run dev).
import { parseArgs } from 'node:util';
import { isScenarioName, scenarioNames } from '../src/api/monai-behaviour.ts';
import { startFakeUpstream } from './fake-upstream.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8787' }, scenario: { type: 'string', default: 'valid' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a port number, got "${values.port}".`);
  process.exit(1);
}
if (!isScenarioName(values.scenario)) {
  console.error(`--scenario must be one of: ${scenarioNames.join(', ')}.`);
  process.exit(1);
}
const fake = await startFakeUpstream({ port, scenario: values.scenario });
console.log(
  `Fake MONAI API at ${fake.url} (scenario ${values.scenario}); switch with: ` +
    `curl -X POST ${fake.url}/__fake/scenario -d '{"scenario":"expired-key"}'`,
);
const stop = () => void fake.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
