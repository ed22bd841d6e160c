import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { guideContent } from './scripts/vite-plugin-guide.ts';
import { precompress } from './scripts/vite-plugin-precompress.ts';
import { prerender } from './scripts/vite-plugin-prerender.ts';
import { readServerEnv, ServerEnvError, type ServerEnv } from './server/env.ts';
import { notebookProxy } from './server/vite-plugin.ts';

// HOST and PORT through the same checks as `npm start`: a bad value stops the server with one line.
function checkedEnv(): ServerEnv {
  try {
    return readServerEnv();
  } catch (error) {
    if (process.env.VITEST || !(error instanceof ServerEnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
const env = checkedEnv();

// Dev (`npm run dev`) and preview serve the proxy as middleware; `npm start` serves dist/ with the same module.
export default defineConfig({
  plugins: [react(), guideContent(), notebookProxy(), prerender(), precompress()],
  resolve: {
    // msw's cookie jar, never used by the demo's handlers: see src/mocks/no-cookie-jar.ts.
    alias: { 'tough-cookie': fileURLToPath(new URL('./src/mocks/no-cookie-jar.ts', import.meta.url)) },
  },
  // Only names starting with PUBLIC_ reach the bundle; no VITE_ variable (e.g. a VITE_MONAI_API_KEY) is inlined.
  envPrefix: 'PUBLIC_',
  server: { host: env.host, port: env.port ?? 5173, strictPort: true },
  preview: { host: env.host, port: env.port ?? 4173, strictPort: true },
  build: {
    sourcemap: false,
    // The entry's import of the app (start-page) fetches the app's JavaScript through the browser's own module
    // graph: Vite's helper would otherwise add a dozen <link rel=modulepreload> in one task just after the
    // first paint, which cost the page more main-thread time than the round trip it saves. (It still links the
    // app's stylesheets.) Later imports keep their preloads: a cell run fetches the cards' chunk and all it
    // needs at once, before a server that is going away has gone (e2e/demo-honesty.spec.ts).
    modulePreload: {
      resolveDependencies: (file, deps) => (/(^|\/)start-page-[\w-]+\.js$/.test(file) ? [] : deps),
    },
  },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'content/**/*.test.{ts,tsx}',
      'server/**/*.test.ts',
      'scripts/**/*.test.ts',
      '*.test.ts',
    ],
    environment: 'node',
    restoreMocks: true,
  },
});
