import { describe, expect, it } from 'vitest';
import { highlight, type Token, type TokenType } from './highlight.ts';
import { guideSections } from './guide.ts';
import { DEFAULT_HOST_URL, DEFAULT_ORG } from '../api/contract.ts';
import { cellGraph } from '../guides/active-guide.ts';
import { codeContextOf } from '../notebook/code-context.ts';

const renderedCode = (id: string) =>
  cellGraph.byId
    .get(id)
    ?.code(
      codeContextOf(DEFAULT_HOST_URL, {
        keySource: 'server',
        pastedKey: '',
        org: DEFAULT_ORG,
        acceptUnknownKeyShape: false,
      }),
    ) ?? '';

/** The tokens of a given type, as text, to keep the table readable. */
function ofType(tokens: Token[], type: TokenType): string[] {
  return tokens.filter((t) => t.type === type).map((t) => t.text);
}

describe('highlight python', () => {
  it.each<[string, TokenType, string[]]>([
    ['import json\nimport os', 'keyword', ['import', 'import']],
    ['if x is None:\n    pass', 'keyword', ['if', 'is', 'None', 'pass']],
    ['print(len(xs), "experiments")', 'builtin', ['print', 'len']],
    ['response.raise_for_status()', 'function', ['raise_for_status']],
    ['requests.post (url)', 'function', ['post']],
    ['host_url = "https://api.monai.ngc.nvidia.com"', 'string', ['"https://api.monai.ngc.nvidia.com"']],
    ['x = \'a\' + "b"', 'string', ["'a'", '"b"']],
    ['s = """one\n"two"\nthree"""', 'string', ['"""one\n"two"\nthree"""']],
    ["s = r'\\d+' + b'\\x00'", 'string', ["r'\\d+'", "b'\\x00'"]],
    ['s = "say \\"hi\\""', 'string', ['"say \\"hi\\""']],
    ['s = "never closed\nnext = 1', 'string', ['"never closed']],
    ["s = '''runs to the end", 'string', ["'''runs to the end"]],
    ['x = 1  # a comment with "quotes"\ny = 2', 'comment', ['# a comment with "quotes"']],
    ['"# not a comment"', 'comment', []],
    [
      'n = 42 + 3.14 + 1e-3 + 0xFF + 1_000 + .5 + 2j',
      'number',
      ['42', '3.14', '1e-3', '0xFF', '1_000', '.5', '2j'],
    ],
    ['x1 = abc123', 'number', []],
    ['a == b != c', 'operator', ['==', '!=']],
    ['printer = 1', 'builtin', []],
    ['elif_value = notify', 'keyword', []],
  ])('%j: %s tokens', (code, type, expected) => {
    expect(ofType(highlight(code, 'python'), type)).toEqual(expected);
  });

  it('splits f-strings into string parts and {expressions}', () => {
    expect(highlight('f"{host_url}/api/v1"', 'python')).toEqual([
      { type: 'string', text: 'f"' },
      { type: 'variable', text: '{host_url}' },
      { type: 'string', text: '/api/v1"' },
    ]);
    expect(highlight('F"{{literal}} {a[{1}]}x"', 'python')).toEqual([
      { type: 'string', text: 'F"{{literal}} ' },
      { type: 'variable', text: '{a[{1}]}' },
      { type: 'string', text: 'x"' },
    ]);
    expect(highlight('f"{unclosed', 'python')).toEqual([{ type: 'string', text: 'f"{unclosed' }]);
  });

  it('accepts the language name in any case and its aliases', () => {
    for (const language of ['Python', 'py', 'python3']) {
      expect(ofType(highlight('import os', language), 'keyword')).toEqual(['import']);
    }
  });
});

describe('highlight bash', () => {
  it.each<[string, TokenType, string[]]>([
    ['export MONAI_API_KEY=<Your NGC API Key>', 'keyword', ['export']],
    ['export MONAI_API_KEY=<Your NGC API Key>', 'variable', ['MONAI_API_KEY']],
    ['echo "$MONAI_API_KEY" $HOME ${PATH} $1 $?', 'variable', ['$HOME', '${PATH}', '$1', '$?']],
    ['echo "key: $K" \'$literal\'', 'string', ['"key: $K"', "'$literal'"]],
    ['# set the key\nsource ~/.bashrc # reload', 'comment', ['# set the key', '# reload']],
    ['echo a#b', 'comment', []],
    ['if [ -z "$K" ]; then echo none; fi', 'keyword', ['if', 'then', 'fi']],
    ['echo hi && cd /tmp', 'builtin', ['echo', 'cd']],
    ['ls | grep x > out', 'operator', ['|', '>']],
  ])('%j: %s tokens', (code, type, expected) => {
    expect(ofType(highlight(code, 'bash'), type)).toEqual(expected);
  });

  it.each(['sh', 'shell', 'zsh', 'BASH'])('treats %s as bash', (language) => {
    expect(ofType(highlight('export A=1', language), 'keyword')).toEqual(['export']);
  });
});

describe('highlight, any language', () => {
  it('gives unknown languages back as one text token', () => {
    expect(highlight('<b>{"a": 1}</b>', 'html')).toEqual([{ type: 'text', text: '<b>{"a": 1}</b>' }]);
    expect(highlight('', 'json')).toEqual([]);
    expect(highlight('', 'python')).toEqual([]);
  });

  it('never emits empty tokens and merges neighbouring text', () => {
    const tokens = highlight('(  [ ] )', 'python');
    expect(tokens).toEqual([{ type: 'text', text: '(  [ ] )' }]);
  });

  const contentBlocks = guideSections.flatMap((section) =>
    section.blocks.flatMap((block) => {
      // A cell's code as the app renders it, from its module.
      if (block.kind === 'cell') return [[block.cellId, renderedCode(block.cellId), block.language] as const];
      if (block.kind !== 'markdown') return [];
      return [...block.text.matchAll(/^```(\w+)\n([\s\S]*?)\n```$/gm)].map(
        (m) => [`${section.id} ${m[1]}`, m[2] ?? '', m[1] ?? ''] as const,
      );
    }),
  );

  it('finds the guide code blocks to check', () => {
    expect(contentBlocks.length).toBeGreaterThanOrEqual(7);
  });

  it.each(contentBlocks)('gives back the guide code exactly: %s', (_name, code, language) => {
    const tokens = highlight(code, language);
    expect(tokens.map((t) => t.text).join('')).toBe(code);
    expect(tokens.some((t) => t.type !== 'text')).toBe(true);
  });

  // Seeded, so a failure reproduces; the alphabet is heavy on characters that open or close tokens.
  function randomStrings(count: number, seed: number): string[] {
    const alphabet = [
      '"',
      "'",
      '"""',
      "'''",
      '#',
      '$',
      '{',
      '}',
      '{{',
      '\\',
      '\n',
      '\r\n',
      ' ',
      'f',
      'r',
      'b',
      'x',
      '_',
      '1',
      '.',
      'e',
      '0x',
      '=',
      '<',
      '|',
      '(',
      'if',
      'export',
      'print',
      'é',
      '😀',
      '\t',
      '${',
      '-',
    ];
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    return Array.from({ length: count }, () =>
      Array.from(
        { length: Math.floor(next() * 40) },
        () => alphabet[Math.floor(next() * alphabet.length)],
      ).join(''),
    );
  }

  it.each(['python', 'bash', 'text'])('gives back random %s input exactly', (language) => {
    for (const input of randomStrings(2000, 7)) {
      const tokens = highlight(input, language);
      expect(tokens.map((t) => t.text).join('')).toBe(input);
      expect(tokens.every((t) => t.text.length > 0)).toBe(true);
    }
  });
});
