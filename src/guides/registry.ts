// Every guide the app can show, one line each. A guide is one folder: its markdown (guide/), its
// troubleshooting cards (cards/) and, later, its cells (cells/).
export const guideRegistry = [{ id: 'credentials', dir: 'content/guides/credentials' }] as const;

/** The guide the app shows. */
export const activeGuide = guideRegistry[0];
