// The words of each troubleshooting card live in content/guides/<guide>/cards/<card-id>.md, so they can be edited
// as prose. The format is small: "# Title", one paragraph of likely cause, then "## Fix" and numbered steps.
import type { CardId } from './card-ids.ts';

export interface CardContent {
  id: string;
  /** Plain text, shown as the card's heading. */
  title: string;
  /** Markdown: the likely cause. */
  cause: string;
  /** Markdown: numbered steps. */
  fix: string;
}

export type ParsedCard = { ok: true; card: CardContent } | { ok: false; id: string; problem: string };

const TITLE_LINE = /^#\s+(.+?)\s*#*$/;
const FIX_HEADING = /^##\s+fix\s*$/i;
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
  const fix = lines
    .slice(fixIndex + 1)
    .join('\n')
    .trim();
  if (cause === '') return fail(id, 'the likely cause is missing');
  if (!NUMBERED_STEP.test(fix)) return fail(id, 'the fix has no numbered step');
  return { ok: true, card: { id, title, cause, fix } };
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

/** The words for a card. Tests guarantee every CardId has a well-formed file; the fallback is a safety net. */
export function getCardContent(id: CardId): CardContent {
  const parsed = parsedCards.get(id);
  if (parsed?.ok) return parsed.card;
  return {
    id,
    title: 'Something went wrong',
    cause: 'The notebook could not finish this step. The facts above say what happened.',
    fix: '1. Choose **Try again**.\n2. See [Troubleshooting](#troubleshooting).',
  };
}
