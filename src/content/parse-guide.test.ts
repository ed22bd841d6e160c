import { describe, expect, it } from 'vitest';
import { parseFenceInfo, parseGuide, slugify, type GuideBlock } from './parse-guide.ts';

describe('slugify', () => {
  it.each([
    ['Introduction', 'introduction'],
    ['Generating your API credentials', 'generating-your-api-credentials'],
    ['Base URL and headers', 'base-url-and-headers'],
    ['  What is `nvapi-`?  ', 'what-is-nvapi-'],
    ['Café -- résumé', 'cafe-resume'],
    ['Step 2: Log in!', 'step-2-log-in'],
  ])('%j -> %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('parseFenceInfo', () => {
  it.each([
    ['', { language: '', attributes: {} }],
    ['python', { language: 'python', attributes: {} }],
    [
      'python cell=setup title="Setup"',
      { language: 'python', attributes: { cell: 'setup', title: 'Setup' } },
    ],
    [
      '  python   cell=base-url   title="Base URL and headers" ',
      { language: 'python', attributes: { cell: 'base-url', title: 'Base URL and headers' } },
    ],
    ["bash title='Single quoted'", { language: 'bash', attributes: { title: 'Single quoted' } }],
    ['py title="Say \\"hi\\""', { language: 'py', attributes: { title: 'Say "hi"' } }],
    ['python echo', { language: 'python', attributes: { echo: 'true' } }],
    ['cell=x title="T"', { language: '', attributes: { cell: 'x', title: 'T' } }],
    ['python title="never closed', { language: 'python', attributes: { title: 'never closed' } }],
    ['python title=', { language: 'python', attributes: { title: '' } }],
  ])('%j', (info, expected) => {
    expect(parseFenceInfo(info)).toEqual(expected);
  });
});

const cell = (cellId: string, title: string, code: string, language = 'python'): GuideBlock => ({
  kind: 'cell',
  cellId,
  title,
  language,
  code,
});

describe('parseGuide', () => {
  it('splits a section into markdown and cells, in order', () => {
    const md = [
      '## Testing your credentials',
      '',
      'First the imports.',
      '',
      '```python cell=setup title="Setup"',
      'import os',
      '',
      'import json',
      '```',
      '',
      'Then a plain example:',
      '',
      '```bash',
      'export MONAI_API_KEY=x',
      '```',
      '~~~python cell=configure title="Configure"',
      'host_url = "https://api.monai.ngc.nvidia.com"',
      '~~~',
    ].join('\n');
    expect(parseGuide({ '/content/guide/04-testing.md': md })).toEqual([
      {
        id: 'testing-your-credentials',
        title: 'Testing your credentials',
        blocks: [
          { kind: 'markdown', text: 'First the imports.' },
          cell('setup', 'Setup', 'import os\n\nimport json'),
          { kind: 'markdown', text: 'Then a plain example:\n\n```bash\nexport MONAI_API_KEY=x\n```' },
          cell('configure', 'Configure', 'host_url = "https://api.monai.ngc.nvidia.com"'),
        ],
        slideBreaks: [],
        notes: [],
      },
    ]);
  });

  it('orders sections by path, whatever order the files come in', () => {
    const sections = parseGuide({
      'b/02-two.md': '## Two\n',
      'b/01-one.md': '## One\n',
      'b/10-ten.md': '## Ten',
    });
    expect(sections.map((s) => s.id)).toEqual(['one', 'two', 'ten']);
    expect(sections[0]?.blocks).toEqual([]);
  });

  it('accepts CRLF line endings and a closing-hash heading', () => {
    const [section] = parseGuide({ 'a.md': '## Conclusion ##\r\n\r\nDone.\r\n' });
    expect(section).toEqual({
      id: 'conclusion',
      title: 'Conclusion',
      blocks: [{ kind: 'markdown', text: 'Done.' }],
      slideBreaks: [],
      notes: [],
    });
  });

  it('does not split on fences or headings quoted inside a longer fence', () => {
    const md = [
      '## How cells are written',
      '````markdown',
      '## Not a heading',
      '```python cell=inner title="Inner"',
      'print(1)',
      '```',
      '````',
      '```python cell=outer title="Outer"',
      '~~~',
      '```',
      'x = 1',
      '````',
    ].join('\n');
    const [section] = parseGuide({ 'a.md': md });
    expect(section?.blocks).toEqual([
      {
        kind: 'markdown',
        text: '````markdown\n## Not a heading\n```python cell=inner title="Inner"\nprint(1)\n```\n````',
      },
      // A ~~~ line cannot close a ``` fence, and a ``` line closes it only when it is at least as long.
      cell('outer', 'Outer', '~~~'),
      { kind: 'markdown', text: 'x = 1\n````' },
    ]);
  });

  it('keeps fences indented inside list items in the markdown', () => {
    const md = '## Storing\n\n1. Add:\n    ```bash\n    ## not a heading\n    ```\n2. Done';
    const [section] = parseGuide({ 'a.md': md });
    expect(section?.blocks).toEqual([{ kind: 'markdown', text: md.slice('## Storing\n\n'.length) }]);
  });

  it('strips the fence indentation from cell code and keeps deeper indentation', () => {
    const md = '## S\n  ```python cell=c title="C"\n  if x:\n      y = 1\n  ```';
    expect(parseGuide({ 'a.md': md })[0]?.blocks).toEqual([cell('c', 'C', 'if x:\n    y = 1')]);
  });

  it('turns a widget fence into a widget block with its attributes and non-blank lines', () => {
    const [section] = parseGuide({
      'a.md': '## A\n\nBefore.\n\n```widget=checklist id=securing\n- One\n\n- Two\n```\n\nAfter.\n',
    });
    expect(section?.blocks).toEqual([
      { kind: 'markdown', text: 'Before.' },
      { kind: 'widget', widget: 'checklist', attributes: { id: 'securing' }, lines: ['- One', '- Two'] },
      { kind: 'markdown', text: 'After.' },
    ]);
  });

  it('names the file and line of a widget that is never closed', () => {
    expect(() => parseGuide({ 'a.md': '## A\n\n```widget=checklist\n- One\n' })).toThrow(
      'a.md:3: widget "checklist" is never closed',
    );
  });

  it('treats a backtick fence with a backtick in its info line as text', () => {
    const md = '## S\n```not a `fence` cell=x```\nstill markdown';
    expect(parseGuide({ 'a.md': md })[0]?.blocks).toEqual([{ kind: 'markdown', text: md.slice(5) }]);
  });

  it.each([
    [
      'a file without a heading',
      { 'guide/01-a.md': 'Just text' },
      'guide/01-a.md: the file must start with a "## " heading',
    ],
    [
      'an h1 instead of an h2',
      { 'guide/01-a.md': '# Title' },
      'guide/01-a.md: the file must start with a "## " heading',
    ],
    ['an empty file', { 'guide/01-a.md': '' }, 'guide/01-a.md: the file must start with a "## " heading'],
    ['a heading with no words', { 'x.md': '## !!!' }, 'x.md: the heading "!!!" gives an empty anchor'],
    ['two h2 headings', { 'x.md': '## A\n\n## B' }, 'x.md:3: one "## " heading per file'],
    [
      'a cell without a title',
      { 'guide/04-t.md': '## T\n\n```python cell=setup\nimport os\n```' },
      'guide/04-t.md:3: cell "setup" needs a title',
    ],
    [
      'a cell with a blank title',
      { 'x.md': '## T\n```python cell=a title="  "\n```' },
      'x.md:2: cell "a" needs a title',
    ],
    [
      'a cell without a language',
      { 'x.md': '## T\n```cell=a title="A"\n```' },
      'x.md:2: cell "a" needs a language',
    ],
    [
      'a cell id with spaces',
      { 'x.md': '## T\n```python cell="Set up" title="A"\n```' },
      'x.md:2: cell id "Set up"',
    ],
    [
      'an indented cell',
      { 'x.md': '## T\n    ```python cell=a title="A"\n    ```' },
      'x.md:2: cell fence "a" must not be indented',
    ],
    [
      'an unclosed cell',
      { 'x.md': '## T\n```python cell=a title="A"\nprint(1)' },
      'x.md:2: cell "a" is never closed',
    ],
    [
      'duplicate cell ids across files',
      {
        'g/01-a.md': '## A\n```python cell=login title="Login"\n```',
        'g/02-b.md': '## B\n```python cell=login title="Login again"\n```',
      },
      'g/02-b.md: cell id "login" is already used in g/01-a.md',
    ],
    [
      'duplicate cell ids in one file',
      { 'g/01-a.md': '## A\n```python cell=x title="X"\n```\n```python cell=x title="Y"\n```' },
      'g/01-a.md: cell id "x" is already used in g/01-a.md',
    ],
    [
      'two files with the same section title',
      { 'g/01-a.md': '## Same', 'g/02-b.md': '## Same' },
      'g/02-b.md: section "#same" is already used by g/01-a.md',
    ],
  ])('rejects %s, naming the file', (_case, files, message) => {
    expect(() => parseGuide(files)).toThrow(message);
  });

  it('splits the text at <!-- slide --> lines, which never reach the text', () => {
    const [section] = parseGuide({
      'a.md':
        '## A\n\n<!-- slide -->\nOne.\n\n<!-- slide -->\n\nTwo.\n   <!--slide-->\n```python cell=b title="B"\n```\n<!-- slide -->\n',
    });
    expect(section?.blocks).toEqual([
      { kind: 'markdown', text: 'One.' },
      { kind: 'markdown', text: 'Two.' },
      cell('b', 'B', ''),
    ]);
    // The breaks before the first block and after the last separate nothing.
    expect(section?.slideBreaks).toEqual([1, 2]);
  });

  it('keeps a <!-- slide --> line inside a code fence as code', () => {
    const [section] = parseGuide({ 'a.md': '## A\n\n```html\n<!-- slide -->\n```\n' });
    expect(section?.blocks).toEqual([{ kind: 'markdown', text: '```html\n<!-- slide -->\n```' }]);
    expect(section?.slideBreaks).toEqual([]);
  });

  it('takes ```notes fences out of the text and ties each to the block just before it', () => {
    const md = [
      '## A',
      '```notes',
      'Say hello.',
      '```',
      'Intro text.',
      '',
      '```notes',
      '- Ask who has a key.',
      '```',
      '',
      'More of the intro.',
      '```python cell=b title="B"',
      '```',
      '```notes',
      'Run it **live**.',
      '```',
    ].join('\n');
    const [section] = parseGuide({ 'a.md': md });
    expect(section?.blocks).toEqual([
      { kind: 'markdown', text: 'Intro text.\n\n\nMore of the intro.' },
      cell('b', 'B', ''),
    ]);
    expect(section?.notes).toEqual([
      { block: 0, text: 'Say hello.' },
      { block: 0, text: '- Ask who has a key.' },
      { block: 1, text: 'Run it **live**.' },
    ]);
  });

  it('names the file and line of a notes fence that is never closed', () => {
    expect(() => parseGuide({ 'a.md': '## A\n\n```notes\nHello' })).toThrow(
      'a.md:3: a ```notes fence is never closed',
    );
  });
});
