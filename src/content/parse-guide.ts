// Turns the guide's markdown files into sections of markdown and runnable cells. A fenced code block whose
// info line names a cell (Observable-style: ```python cell=login title="Login") becomes a cell; every other
// fence stays inside the markdown text. Two marks are for presenter mode only and never reach the notebook's
// text: a line `<!-- slide -->` starts a new slide there, and a ```notes fence holds the speaker's notes.

export interface MarkdownBlock {
  kind: 'markdown';
  text: string;
}

/** `Prose` is the markdown block's shape: as parsed, or with its compiled tree (compile-guide.ts). */
export type GuideBlock<Prose extends MarkdownBlock = MarkdownBlock> =
  | Prose
  | { kind: 'cell'; cellId: string; title: string; language: string; code: string }
  /** An interactive piece of the page declared in the markdown (```widget=checklist id=securing). */
  | { kind: 'widget'; widget: string; attributes: Record<string, string>; lines: string[] };

/** A ```notes fence: speaker notes for the slide holding block `block` (the content just before the fence). */
export interface SpeakerNote {
  block: number;
  text: string;
}

export interface GuideSection<Prose extends MarkdownBlock = MarkdownBlock> {
  /** The anchor (`#id`), the slug of the title. */
  id: string;
  title: string;
  blocks: GuideBlock<Prose>[];
  /** Indexes of the blocks that start a new slide because of a `<!-- slide -->` line before them. */
  slideBreaks: number[];
  notes: SpeakerNote[];
}

export interface FenceInfo {
  /** The first word of the info line when it is not a `key=value` pair; '' when there is none. */
  language: string;
  /** `key=value` and `key="quoted value"` pairs; a bare word after the language maps to 'true'. */
  attributes: Record<string, string>;
}

/** Lower-case words joined by hyphens, as used for every anchor in the app. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/[\s-]+/g, '-');
}

const INFO_TOKEN = /\s*([^\s=]+)(?:=(?:"((?:[^"\\]|\\.)*)"?|'((?:[^'\\]|\\.)*)'?|(\S*)))?/y;

/** Never throws: an unterminated quote takes the rest of the line, so a typo shows up as an odd title. */
export function parseFenceInfo(info: string): FenceInfo {
  const result: FenceInfo = { language: '', attributes: {} };
  INFO_TOKEN.lastIndex = 0;
  let first = true;
  for (let match = INFO_TOKEN.exec(info); match; match = INFO_TOKEN.exec(info)) {
    const [whole, key = '', doubleQuoted, singleQuoted, bare] = match;
    const hasValue = whole.includes('=');
    if (first && !hasValue) result.language = key;
    else if (!hasValue) result.attributes[key] = 'true';
    else result.attributes[key] = unescape(doubleQuoted ?? singleQuoted ?? bare ?? '');
    first = false;
  }
  return result;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

interface OpenFence {
  marker: '`' | '~';
  length: number;
  indent: number;
  cell?: { cellId: string; title: string; language: string; lines: string[] };
  notes?: string[];
  widget?: { widget: string; attributes: Record<string, string>; lines: string[] };
}

// Any indentation counts for fences that stay in the markdown (a fence inside a list item is indented), so
// a "## " or a cell fence quoted inside them is never mistaken for structure.
const FENCE_OPEN = /^(\s*)(`{3,}|~{3,})(.*)$/;
const CELL_ID = /^[a-z0-9][a-z0-9-]*$/;
const HEADING = /^ {0,3}## +(.*?)(?: +#+)?\s*$/;
const SLIDE_BREAK = /^ {0,3}<!--\s*slide\s*-->\s*$/;

function openFence(line: string, path: string, lineNo: number): OpenFence | null {
  const match = FENCE_OPEN.exec(line);
  if (!match) return null;
  const [, indentText = '', run = '', info = ''] = match;
  const marker = run[0] === '`' ? '`' : '~';
  // CommonMark: a backtick fence's info line may not contain a backtick (it would be inline code).
  if (marker === '`' && info.includes('`')) return null;
  const fence: OpenFence = { marker, length: run.length, indent: indentText.length };
  const { language, attributes } = parseFenceInfo(info);
  const cellId = attributes.cell;
  const where = `${path}:${lineNo}`;
  if (language === 'notes' && Object.keys(attributes).length === 0 && indentText.length <= 3) {
    return { ...fence, notes: [] };
  }
  if (attributes.widget !== undefined) {
    const { widget, ...rest } = attributes;
    if (!CELL_ID.test(widget))
      throw new Error(`${where}: widget name "${widget}" must be lower-case letters, digits and hyphens`);
    return { ...fence, widget: { widget, attributes: rest, lines: [] } };
  }
  if (cellId === undefined) return fence;

  if (indentText.length > 3) throw new Error(`${where}: cell fence "${cellId}" must not be indented`);
  if (!CELL_ID.test(cellId)) {
    throw new Error(`${where}: cell id "${cellId}" must be lower-case letters, digits and hyphens`);
  }
  const title = attributes.title?.trim() ?? '';
  if (!title) throw new Error(`${where}: cell "${cellId}" needs a title, e.g. title="Setup"`);
  if (!language) throw new Error(`${where}: cell "${cellId}" needs a language, e.g. \`\`\`python`);
  return { ...fence, cell: { cellId, title, language, lines: [] } };
}

function closesFence(line: string, fence: OpenFence): boolean {
  const match = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
  const run = match?.[1] ?? '';
  return run[0] === fence.marker && run.length >= fence.length;
}

function stripIndent(line: string, indent: number): string {
  let i = 0;
  while (i < indent && line[i] === ' ') i++;
  return line.slice(i);
}

function parseFile(path: string, source: string): GuideSection {
  const lines = source.split(/\r\n|\r|\n/);
  const headingAt = lines.findIndex((line) => line.trim() !== '');
  const title = HEADING.exec(lines[headingAt] ?? '')?.[1]?.trim();
  if (!title) throw new Error(`${path}: the file must start with a "## " heading`);
  const id = slugify(title);
  if (!id) throw new Error(`${path}: the heading "${title}" gives an empty anchor`);

  const blocks: GuideBlock[] = [];
  const slideBreaks: number[] = [];
  const notes: SpeakerNote[] = [];
  let markdown: string[] = [];
  const flushMarkdown = () => {
    const text = markdown
      .join('\n')
      .replace(/^(?:[ \t]*\n)+/, '')
      .trimEnd();
    if (text) blocks.push({ kind: 'markdown', text });
    markdown = [];
  };

  let fence: OpenFence | null = null;
  let fenceLineNo = 0;
  for (let i = headingAt + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (fence) {
      if (closesFence(line, fence)) {
        if (fence.cell) {
          const { lines: code, ...cell } = fence.cell;
          blocks.push({ kind: 'cell', ...cell, code: code.join('\n') });
        } else if (fence.widget) {
          blocks.push({
            kind: 'widget',
            ...fence.widget,
            lines: fence.widget.lines.filter((text) => text.trim()),
          });
        } else if (fence.notes) {
          // The notes belong to the slide showing what came just before them (the text still being
          // collected counts: it becomes the next block).
          const pending = markdown.some((text) => text.trim()) ? 1 : 0;
          const text = fence.notes.join('\n').trim();
          if (text) notes.push({ block: Math.max(0, blocks.length - 1 + pending), text });
        } else markdown.push(line);
        fence = null;
      } else if (fence.cell) fence.cell.lines.push(stripIndent(line, fence.indent));
      else if (fence.notes) fence.notes.push(stripIndent(line, fence.indent));
      else if (fence.widget) fence.widget.lines.push(stripIndent(line, fence.indent).trim());
      else markdown.push(line);
      continue;
    }
    if (SLIDE_BREAK.test(line)) {
      flushMarkdown();
      slideBreaks.push(blocks.length);
      continue;
    }
    fence = openFence(line, path, i + 1);
    if (fence?.notes) {
      fenceLineNo = i + 1;
      continue;
    }
    if (fence?.cell || fence?.widget) {
      flushMarkdown();
      fenceLineNo = i + 1;
      continue;
    }
    if (!fence && HEADING.test(line)) {
      throw new Error(`${path}:${i + 1}: one "## " heading per file; start a new file for "${line.trim()}"`);
    }
    markdown.push(line);
  }
  if (fence?.cell) throw new Error(`${path}:${fenceLineNo}: cell "${fence.cell.cellId}" is never closed`);
  if (fence?.widget)
    throw new Error(`${path}:${fenceLineNo}: widget "${fence.widget.widget}" is never closed`);
  if (fence?.notes) throw new Error(`${path}:${fenceLineNo}: a \`\`\`notes fence is never closed`);
  flushMarkdown();
  // A break at the very start or end, or two in a row, separates nothing.
  const breaks = [...new Set(slideBreaks)].filter((index) => index > 0 && index < blocks.length);
  return { id, title, blocks, slideBreaks: breaks, notes };
}

/** `files` maps a path to its markdown; sections come out in path order (hence the NN- prefixes). */
export function parseGuide(files: Record<string, string>): GuideSection[] {
  const sections: GuideSection[] = [];
  const sectionFiles = new Map<string, string>();
  const cellFiles = new Map<string, string>();
  for (const path of Object.keys(files).sort()) {
    const section = parseFile(path, files[path] ?? '');
    const otherSection = sectionFiles.get(section.id);
    if (otherSection) throw new Error(`${path}: section "#${section.id}" is already used by ${otherSection}`);
    sectionFiles.set(section.id, path);
    for (const block of section.blocks) {
      if (block.kind !== 'cell') continue;
      const otherCell = cellFiles.get(block.cellId);
      if (otherCell) throw new Error(`${path}: cell id "${block.cellId}" is already used in ${otherCell}`);
      cellFiles.set(block.cellId, path);
    }
    sections.push(section);
  }
  return sections;
}
