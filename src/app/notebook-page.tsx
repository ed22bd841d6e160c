import type { QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { App, type Boot } from './app.tsx';

/**
 * The notebook page as one element, so the browser's render and the build's pre-render (which writes the
 * first screen into index.html, src/app/prerender.tsx) start from the same tree: hydration needs them equal.
 * `onCommitted` is called once the page is on screen and live (after hydration, when there is one).
 */
export function notebookPage(queryClient: QueryClient, boot?: Boot, onCommitted?: () => void) {
  return (
    <StrictMode>
      <App queryClient={queryClient} boot={boot} />
      <Committed onCommitted={onCommitted} />
    </StrictMode>
  );
}

/** Draws nothing; its effect runs after the commit that puts the page on screen. */
function Committed({ onCommitted }: { onCommitted?: () => void }) {
  useEffect(() => onCommitted?.(), [onCommitted]);
  return null;
}
