// The guide as the app ships it: sections and cells from parseGuide, each markdown block with its compiled
// tree beside its text (the text is what export writes into the notebook), and the speaker notes compiled
// the same way (only presenter mode's speaker view renders them).
import type { CompiledTree } from './compile-markdown.ts';
import { compileMarkdown } from './compile-markdown.ts';
import { parseGuide, type GuideSection, type MarkdownBlock, type SpeakerNote } from './parse-guide.ts';

export type CompiledMarkdown = MarkdownBlock & { tree: CompiledTree };
export type CompiledNote = SpeakerNote & { tree: CompiledTree };
export type CompiledSection = Omit<GuideSection<CompiledMarkdown>, 'notes'> & { notes: CompiledNote[] };

export function compileGuide(files: Record<string, string>): CompiledSection[] {
  return parseGuide(files).map((section) => ({
    ...section,
    blocks: section.blocks.map((block) =>
      block.kind === 'markdown' ? { ...block, tree: compileMarkdown(block.text) } : block,
    ),
    notes: section.notes.map((note) => ({ ...note, tree: compileMarkdown(note.text) })),
  }));
}
