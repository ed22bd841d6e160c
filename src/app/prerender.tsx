// Runs at build time, in Node (scripts/vite-plugin-prerender.ts): the notebook's first screen as HTML, as
// the browser's first render draws it before start-up ends. index.html carries it, so the guide paints as
// soon as the HTML and the stylesheet arrive, and main.tsx hydrates it instead of building it again.
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { notebookPage } from './notebook-page.tsx';

export function renderFirstScreen(): string {
  return renderToString(notebookPage(new QueryClient()));
}
