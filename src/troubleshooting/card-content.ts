// The words of each troubleshooting card live in content/guides/<guide>/cards/<card-id>.md, so they can be edited
// as prose. The format is small: "# Title", one paragraph of likely cause, then "## Fix" and numbered steps.
// A card whose advice is untrue in demo mode (a failure there has other causes and other fixes) adds
// "## In demo mode" (the cause there) and "## Fix in demo mode" (its steps), shown instead in demo mode.
import type { CardId } from './card-ids.ts';

export interface CardContent {
  id: string;
  /** Plain text, shown as the card's heading. */
  title: string;
  /** Markdown: the likely cause. */
  cause: string;
  /** Markdown: numbered steps. */
  fix: string;
  /** The cause and fix in demo mode, when they differ. */
  demo?: { cause: string; fix: string };
}

export type ParsedCard = { ok: true; card: CardContent } | { ok: false; id: string; problem: string };

const TITLE_LINE = /^#\s+(.+?)\s*#*$/;
const FIX_HEADING = /^##\s+fix\s*$/i;
const DEMO_HEADING = /^##\s+in demo mode\s*$/i;
const DEMO_FIX_HEADING = /^##\s+fix in demo mode\s*$/i;
const NUMBERED_STEP = /^\s*\d+\.\s+\S/m;

/** Parses one card's markdown; a malformed file is reported, not thrown, so one bad card cannot break the app. */
export function parseCardMarkdown(id: string, source: string): ParsedCard {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const titleIndex = lines.findIndex((line) => line.trim() !== '');
  const title = TITLE_LINE.exec(lines[titleIndex]?.trim() ?? '')?.[1];
  if (!title || lines[titleIndex]?.startsWith('##')) return fail(id, 'the first line is not a "# Title"');
  const fixIndex = lines.findIndex((line) => FIX_HEADING.test(line.trim()));
  if (fixIndex < 0) return fail(id, 'there is no "## Fix" section');
  const cause = lines
    .slice(titleIndex + 1, fixIndex)
    .join('\n')
    .trim();
  const demoIndex = lines.findIndex((line) => DEMO_HEADING.test(line.trim()));
  const demoFixIndex = lines.findIndex((line) => DEMO_FIX_HEADING.test(line.trim()));
  const between = (from: number, to?: number) =>
    lines
      .slice(from + 1, to)
      .join('\n')
      .trim();
  const fix = between(fixIndex, demoIndex >= 0 ? demoIndex : undefined);
  if (cause === '') return fail(id, 'the likely cause is missing');
  if (!NUMBERED_STEP.test(fix)) return fail(id, 'the fix has no numbered step');
  if (demoIndex < 0 && demoFixIndex < 0) return { ok: true, card: { id, title, cause, fix } };
  if (demoIndex < fixIndex || demoFixIndex < demoIndex) {
    return fail(id, 'demo mode needs "## In demo mode" then "## Fix in demo mode", after "## Fix"');
  }
  const demo = { cause: between(demoIndex, demoFixIndex), fix: between(demoFixIndex) };
  if (demo.cause === '') return fail(id, 'the likely cause in demo mode is missing');
  if (!NUMBERED_STEP.test(demo.fix)) return fail(id, 'the fix in demo mode has no numbered step');
  return { ok: true, card: { id, title, cause, fix, demo } };
}

function fail(id: string, problem: string): ParsedCard {
  return { ok: false, id, problem };
}

const sources = import.meta.glob('/content/guides/credentials/cards/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Every card file, parsed, keyed by its id (the file name without ".md"). */
export const parsedCards: ReadonlyMap<string, ParsedCard> = new Map(
  Object.entries(sources).map(([path, source]) => {
    const id = path.slice(path.lastIndexOf('/') + 1).replace(/\.md$/, '');
    return [id, parseCardMarkdown(id, source)];
  }),
);

/**
 * The words for a card, in demo mode its demo words where it has them. Tests guarantee every CardId has a
 * well-formed file; the fallback is a safety net.
 */
export function getCardContent(id: CardId, demo = false): CardContent {
  const parsed = parsedCards.get(id);
  if (parsed?.ok) {
    const { card } = parsed;
    return demo && card.demo ? { ...card, ...card.demo } : card;
  }
  return {
    id,
    title: 'Something went wrong',
    cause: 'The notebook could not finish this step. The facts above say what happened.',
    fix: '1. Choose **Try again**.\n2. See [Troubleshooting](#troubleshooting).',
  };
}
