// Runs work once the browser has shown the page's first contentful paint. Until that frame is on screen the
// browser is still rasterising it, and on a small machine (two cores, software raster) any other work on the
// page — React rendering the rest of the guide — competes with that raster and holds the first paint back.

/** If the browser never reports a first contentful paint (no PerformanceObserver, or a hidden tab). */
const LONGEST_WAIT_MS = 1500;

/** Calls `run` once, after the first contentful paint (or LONGEST_WAIT_MS); returns a cancel function. */
export function afterFirstContentfulPaint(run: () => void): () => void {
  let done = false;
  let observer: PerformanceObserver | undefined;
  let started: ReturnType<typeof setTimeout> | undefined;
  const once = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    // The paint entry arrives in the task that reports the frame; the work starts in a task of its own.
    started = setTimeout(run, 0);
  };
  const timer = setTimeout(once, LONGEST_WAIT_MS);
  const supported =
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint') === true;
  if (!supported) {
    once();
  } else {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) once();
    });
    // Buffered: a paint that happened before this call counts too.
    observer.observe({ type: 'paint', buffered: true });
  }
  return () => {
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    clearTimeout(started);
  };
}
