// Resolves once the whole guide is on the page (GuideView draws it a row at a time after the first paint),
// so work that can wait — demo mode's service worker — starts when the page has finished building.

let markDrawn!: () => void;

/** Settles when GuideView has drawn its last row. */
export const guideDrawn = new Promise<void>((resolve) => {
  markDrawn = resolve;
});

/** Called by GuideView; later calls change nothing. */
export function markGuideDrawn(): void {
  markDrawn();
}
