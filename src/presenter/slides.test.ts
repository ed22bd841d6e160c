import { describe, expect, it } from 'vitest';
import { compileGuide } from '../content/compile-guide.ts';
import { buildSlides, slideIndexOf } from './slides.ts';

const guide = compileGuide({
  '01-a.md': [
    '## Alpha',
    'Intro.',
    '```notes',
    'Say hi.',
    '```',
    '<!-- slide -->',
    '### More',
    'Second part.',
    'Before the cell.',
    '```python cell=one title="One"',
    '```',
    '```notes',
    'Run it.',
    '```',
    'After the cell.',
    '```widget=checklist id=c title="List"',
    '- a: A',
    '```',
  ].join('\n'),
  '02-b.md': '## Beta\n\nEnd.',
});

describe('buildSlides', () => {
  const slides = buildSlides(guide);

  it('gives each cell a slide with the prose before it, and splits text at slide breaks', () => {
    expect(slides.map((slide) => [slide.id, slide.title, slide.blocks.map((block) => block.kind)])).toEqual([
      ['alpha', 'Alpha', ['markdown']],
      ['cell-one', 'One', ['markdown', 'cell']],
      ['alpha-3', 'List', ['markdown', 'widget']],
      ['beta', 'Beta', ['markdown']],
    ]);
  });

  it('ties the notes to their slide, and only there', () => {
    expect(slides.map((slide) => slide.notes.length)).toEqual([1, 1, 0, 0]);
    expect(JSON.stringify(slides[1]?.notes)).toContain('Run it.');
    expect(JSON.stringify(slides.flatMap((slide) => slide.blocks))).not.toMatch(/Say hi|Run it/);
  });

  it('previews a slide in one plain line', () => {
    expect(slides[1]?.preview).toBe('More Second part. Before the cell. (One)');
  });

  it.each([
    ['#alpha', 0],
    ['#cell-one', 1],
    ['#alpha-3', 2],
    ['#beta', 3],
    ['#nowhere', -1],
    ['', -1],
  ])('finds %j at slide %d', (hash, index) => {
    expect(slideIndexOf(hash, slides)).toBe(index);
  });
});
