// A card on a projector slide shows its fix's first step; the other steps wait behind the card's disclosure,
// with its facts and likely cause. Cards' fixes are numbered lists, one line per step (card-content.ts).

export interface SplitFix {
  /** Markdown: the first step (with any lines before it). */
  first: string;
  /** Markdown: the steps after the first, numbered on from 2; empty when there are none. */
  more: string;
  /** The numbers of the steps in `more`, e.g. [2, 3, 4]: the card counts them ("step 1 of 4"). */
  moreSteps: number[];
}

// A step of the top-level list; a nested list's items are indented and stay with their step.
const TOP_LEVEL_STEP = /^(\d+)\.\s+\S/;

export function splitFirstFixStep(fix: string): SplitFix {
  const lines = fix.replace(/\r\n?/g, '\n').split('\n');
  const stepLines = lines.flatMap((line, index) => {
    const match = TOP_LEVEL_STEP.exec(line);
    return match ? [{ index, number: Number(match[1]) }] : [];
  });
  const second = stepLines[1];
  if (!second) return { first: fix.trim(), more: '', moreSteps: [] };
  const cut = second.index;
  return {
    first: lines.slice(0, cut).join('\n').trim(),
    more: lines.slice(cut).join('\n').trim(),
    moreSteps: stepLines.slice(1).map((step) => step.number),
  };
}
