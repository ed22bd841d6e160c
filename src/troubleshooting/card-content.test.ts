import { describe, expect, it } from 'vitest';
import { cardIds } from './card-ids.ts';
import { getCardContent, parseCardMarkdown, parsedCards } from './card-content.ts';

// The guide's section anchors (content/guides/credentials/guide/*.md); a card may link only to these.
const GUIDE_ANCHORS = new Set([
  '#introduction',
  '#generating-your-api-credentials',
  '#storing-your-credentials',
  '#testing-your-credentials',
  '#refreshing-your-credentials',
  '#securing-your-credentials',
  '#troubleshooting',
  '#conclusion',
]);

describe('the card files in content/guides/credentials/cards', () => {
  it.each(cardIds)('%s has a file with a title, a likely cause and numbered fix steps', (id) => {
    const parsed = parsedCards.get(id);
    expect(parsed, `content/guides/credentials/cards/${id}.md is missing`).toBeDefined();
    expect(parsed).toMatchObject({ ok: true });
    const card = getCardContent(id);
    expect(card.title.length).toBeGreaterThan(5);
    expect(card.cause).not.toMatch(/^#/m);
    expect(card.fix).toMatch(/^1\. \S/m);
  });

  it.each(cardIds)('%s gives no advice to switch to demo mode in demo mode', (id) => {
    const { cause, fix } = getCardContent(id, true);
    expect(`${cause}\n${fix}`).not.toMatch(/switch to demo mode|\?mode=demo/i);
  });

  it('has no file the classifier can never show', () => {
    expect([...parsedCards.keys()].filter((id) => !(cardIds as readonly string[]).includes(id))).toEqual([]);
  });

  it.each(cardIds)('%s links only to sections the guide has, and shows no key-like value', (id) => {
    const { title, cause, fix, demo } = getCardContent(id);
    const text = `${title}\n${cause}\n${fix}\n${demo?.cause ?? ''}\n${demo?.fix ?? ''}`;
    for (const [, href] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (href?.startsWith('#')) expect(GUIDE_ANCHORS, `${id} links to ${href}`).toContain(href);
      else expect(href).toMatch(/^https:\/\//);
    }
    expect(text).not.toMatch(/nvapi-[A-Za-z0-9_-]{4,}/);
  });
});

describe('parseCardMarkdown', () => {
  const good = '# Title here\n\nThe cause.\nStill the cause.\n\n## Fix\n\n1. Step one\n2. Step two\n';
  const withDemo = `${good}\n## In demo mode\n\nThe demo's cause.\n\n## Fix in demo mode\n\n1. Reload\n`;

  it('reads the words for demo mode after the fix, and getCardContent gives them only in demo mode', () => {
    expect(parseCardMarkdown('x', withDemo)).toEqual({
      ok: true,
      card: {
        id: 'x',
        title: 'Title here',
        cause: 'The cause.\nStill the cause.',
        fix: '1. Step one\n2. Step two',
        demo: { cause: "The demo's cause.", fix: '1. Reload' },
      },
    });
    expect(getCardContent('proxy-missing', true).fix).not.toMatch(/switch to demo mode/i);
    expect(getCardContent('proxy-missing', false).fix).toMatch(/switch to demo mode/i);
  });

  it('refuses demo words that are half there or out of order', () => {
    expect(parseCardMarkdown('x', `${good}\n## In demo mode\n\nCause.\n`)).toMatchObject({ ok: false });
    expect(parseCardMarkdown('x', `${good}\n## Fix in demo mode\n\n1. Reload\n`)).toMatchObject({
      ok: false,
    });
    expect(parseCardMarkdown('x', `${good}\n## In demo mode\n\n## Fix in demo mode\n\n1. A\n`)).toMatchObject(
      {
        ok: false,
      },
    );
  });

  it('splits a card into title, cause and fix', () => {
    expect(parseCardMarkdown('x', good)).toEqual({
      ok: true,
      card: {
        id: 'x',
        title: 'Title here',
        cause: 'The cause.\nStill the cause.',
        fix: '1. Step one\n2. Step two',
      },
    });
  });

  it('accepts Windows line endings and leading blank lines', () => {
    expect(parseCardMarkdown('x', `\n\n${good.replace(/\n/g, '\r\n')}`)).toMatchObject({
      ok: true,
      card: { title: 'Title here', cause: 'The cause.\nStill the cause.' },
    });
  });

  const broken: [string, string, string][] = [
    ['no title', 'The cause.\n## Fix\n1. Step', 'the first line is not a "# Title"'],
    ['a level-2 title', '## Title\nThe cause.\n## Fix\n1. Step', 'the first line is not a "# Title"'],
    ['no fix section', '# Title\nThe cause.\n1. Step', 'there is no "## Fix" section'],
    ['no cause', '# Title\n\n## Fix\n1. Step', 'the likely cause is missing'],
    ['no numbered step', '# Title\nThe cause.\n## Fix\n- a bullet', 'the fix has no numbered step'],
    ['an empty file', '', 'the first line is not a "# Title"'],
  ];
  it.each(broken)('reports %s instead of throwing', (_name, source, problem) => {
    expect(parseCardMarkdown('x', source)).toEqual({ ok: false, id: 'x', problem });
  });
});
