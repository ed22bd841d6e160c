// The small format of a card file: "# Title", one paragraph of likely cause, then "## Fix" and numbered
// steps. Pure, so the build (scripts/vite-plugin-card-trees.ts) parses the files the same way the app does.
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
