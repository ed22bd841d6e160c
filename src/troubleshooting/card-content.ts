// The words of each troubleshooting card live in content/guides/<guide>/cards/<card-id>.md, so they can be edited
// as prose. The format is small: "# Title", one paragraph of likely cause, then "## Fix" and numbered steps.
import type { CardId } from './card-ids.ts';
import { parseCardMarkdown, type CardContent, type ParsedCard } from './parse-card.ts';

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
    fix: '1. Choose Try again.\n2. See the Troubleshooting section of the guide.',
  };
}
