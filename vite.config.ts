import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { guideContent } from './scripts/vite-plugin-guide.ts';
import { readServerEnv } from './server/env.ts';
import { notebookProxy } from './server/vite-plugin.ts';

// Read and checked once: a bad PORT or MONAI_HOST_URL stops the server with one line, as `npm start` does.
const env = readServerEnv();

// Dev (`npm run dev`) and preview serve the proxy as middleware; `npm start` serves dist/ with the same module.
export default defineConfig({
  plugins: [react(), guideContent(), notebookProxy(env)],
  // Only names starting with PUBLIC_ reach the bundle; no VITE_ variable (e.g. a VITE_MONAI_API_KEY) is inlined.
  envPrefix: 'PUBLIC_',
  server: { host: env.host, port: env.port ?? 5173, strictPort: true },
  preview: { host: env.host, port: env.port ?? 4173, strictPort: true },
  build: { sourcemap: false },
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
