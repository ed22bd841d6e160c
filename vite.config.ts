import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { guideContent } from './scripts/vite-plugin-guide.ts';
import { notebookProxy } from './server/vite-plugin.ts';

// Dev (`npm run dev`) and preview serve the proxy as middleware; `npm start` serves dist/ with the same module.
export default defineConfig({
  plugins: [react(), guideContent(), notebookProxy()],
  // Only names starting with PUBLIC_ reach the bundle; no VITE_ variable (e.g. a VITE_MONAI_API_KEY) is inlined.
  envPrefix: 'PUBLIC_',
  server: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
  },
  preview: {
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  build: { sourcemap: false },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'content/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts', '*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
