import type { Plugin } from 'vite';

// Placeholder so vite.config.ts loads while the proxy is being written; replaced in stage 2.
export function notebookProxy(): Plugin {
  return { name: 'notebook-proxy' };
}
