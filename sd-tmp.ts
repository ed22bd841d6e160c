import { serveDirectory } from '/work/main/scripts/bench/page-servers.ts';
const s = await serveDirectory(process.argv[2]);
console.log(s.url);
await new Promise(() => {});
