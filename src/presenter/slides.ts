// Presenter mode's slides, made from the guide's sections: one step per slide. A cell (or widget) is its own
// slide with the prose just before it, its explanation; the prose after it starts the next slide; and a
// `<!-- slide -->` line in the guide's markdown splits plain text, so that no slide needs scrolling on a
// 1280×720 projector (e2e/presenter-fit.spec.ts checks every slide). Pure: the speaker view builds the same
// list from the same guide, so the two windows agree on every slide's id.
import type { CompiledTree } from '../content/compile-markdown.ts';
import type { CompiledMarkdown, CompiledSection } from '../content/compile-guide.ts';
import type { GuideBlock } from '../content/parse-guide.ts';

export interface Slide {
  /** The slide's anchor: the section's id for its first slide, else `cell-<id>` or `<section>-<n>`. */
  id: string;
  sectionId: string;
  sectionTitle: string;
  /** The cell's or widget's title; else the section's title on its first slide, or the first `###` heading. */
  title: string;
  blocks: GuideBlock<CompiledMarkdown>[];
  /** The speaker notes for this slide, in the guide's order (only the speaker view renders them). */
  notes: CompiledTree[];
  /** A line of what the slide shows, for the speaker view's "Next" preview. */
  preview: string;
}

export function buildSlides(sections: readonly CompiledSection[]): Slide[] {
  return sections.flatMap((section) => {
    // Each group is the block indexes of one slide.
    const groups: number[][] = [[]];
    section.blocks.forEach((_block, index) => {
      const current = groups[groups.length - 1]!;
      const hasSide = current.some((at) => section.blocks[at]?.kind !== 'markdown');
      if (current.length > 0 && (hasSide || section.slideBreaks.includes(index))) groups.push([index]);
      else current.push(index);
    });
    return groups.map((group, number): Slide => {
      const blocks = group.map((at) => section.blocks[at]!);
      const side = blocks.find((block) => block.kind !== 'markdown');
      const heading = blocks
        .flatMap((block) => (block.kind === 'markdown' ? [/^#{3,4} +(.+)$/m.exec(block.text)?.[1]] : []))
        .find(Boolean);
      const ownTitle = side?.kind === 'cell' ? side.title : side?.attributes.title;
      const title = ownTitle ?? (number === 0 ? section.title : (heading ?? section.title));
      const id =
        number === 0
          ? section.id
          : side?.kind === 'cell'
            ? `cell-${side.cellId}`
            : `${section.id}-${number + 1}`;
      const notes = section.notes
        .filter((note) => group.includes(note.block) || (group.length === 0 && note.block === 0))
        .map((note) => note.tree);
      return {
        id,
        sectionId: section.id,
        sectionTitle: section.title,
        title,
        blocks,
        notes,
        preview: previewOf(blocks),
      };
    });
  });
}

function previewOf(blocks: readonly GuideBlock<CompiledMarkdown>[]): string {
  const text = blocks
    .map((block) =>
      block.kind === 'markdown' ? block.text : `(${block.kind === 'cell' ? block.title : 'widget'})`,
    )
    .join(' ')
    .replace(/[#*_`>[\]]+|\(http[^)]*\)|\(#[^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text;
}

/**
 * The slide an address's hash points at: a slide's own id, the slide holding a cell (#cell-login), or a
 * section's first slide; -1 for none.
 */
export function slideIndexOf(hash: string, slides: readonly Slide[]): number {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (!id) return -1;
  const direct = slides.findIndex((slide) => slide.id === id);
  if (direct >= 0) return direct;
  const withCell = slides.findIndex((slide) =>
    slide.blocks.some((block) => block.kind === 'cell' && `cell-${block.cellId}` === id),
  );
  if (withCell >= 0) return withCell;
  return slides.findIndex((slide) => slide.sectionId === id);
}
