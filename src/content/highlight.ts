// A tiny tokenizer for the guide's Python and bash: enough colour to read code by, at a fraction of a
// highlighting library's size. Tokens are contiguous slices of the input, so joining them gives it back.

export type TokenType =
  'keyword' | 'string' | 'comment' | 'number' | 'builtin' | 'operator' | 'text' | 'function' | 'variable';

export interface Token {
  type: TokenType;
  text: string;
}

/** Tries to read one or more tokens at `at`; null when the rule does not apply there. */
type Rule = (code: string, at: number) => Token[] | null;

function matchAt(re: RegExp, code: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  const match = re.exec(code);
  return match && match[0] !== '' ? match : null;
}

function simple(re: RegExp, type: TokenType): Rule {
  return (code, at) => {
    const match = matchAt(re, code, at);
    return match ? [{ type, text: match[0] }] : null;
  };
}

const PYTHON_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);
const PYTHON_BUILTINS = new Set(
  (
    'print len range str int float bool dict list set tuple open isinstance type enumerate zip sorted min max ' +
    'sum abs any all repr input super object Exception ValueError KeyError TypeError AssertionError'
  ).split(' '),
);

// Groups: prefix, opening quote, body, closing quote (empty when the string runs to the end unclosed).
const TRIPLE_STRING = /([rRbBuUfF]{0,2})("""|''')([\s\S]*?)(\2|$)/y;
const SINGLE_STRING = /([rRbBuUfF]{0,2})(["'])((?:\\[\s\S]|(?!\2)[^\\\r\n])*)(\2?)/y;

/** f-strings show their `{expressions}` as variables, so a learner sees what gets substituted. */
function pythonString(code: string, at: number): Token[] | null {
  const match = matchAt(TRIPLE_STRING, code, at) ?? matchAt(SINGLE_STRING, code, at);
  if (!match) return null;
  const [text, prefix = '', quote = '', body = ''] = match;
  if (!/f/i.test(prefix)) return [{ type: 'string', text }];

  const tokens: Token[] = [];
  const bodyEnd = prefix.length + quote.length + body.length;
  let pending = 0;
  let i = prefix.length + quote.length;
  while (i < bodyEnd) {
    const ch = text[i];
    if ((ch === '{' || ch === '}') && text[i + 1] === ch) i += 2;
    else if (ch !== '{') i++;
    else {
      let depth = 0;
      let j = i;
      for (; j < bodyEnd; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}' && --depth === 0) break;
      }
      if (j >= bodyEnd) break;
      tokens.push(
        { type: 'string', text: text.slice(pending, i) },
        { type: 'variable', text: text.slice(i, j + 1) },
      );
      pending = i = j + 1;
    }
  }
  tokens.push({ type: 'string', text: text.slice(pending) });
  return tokens;
}

function pythonWord(code: string, at: number): Token[] | null {
  const match = matchAt(/[\p{L}_][\p{L}\p{N}_]*/uy, code, at);
  if (!match) return null;
  const text = match[0];
  if (PYTHON_KEYWORDS.has(text)) return [{ type: 'keyword', text }];
  if (PYTHON_BUILTINS.has(text)) return [{ type: 'builtin', text }];
  const calls = /^\s*\(/.test(code.slice(at + text.length, at + text.length + 40));
  return [{ type: calls ? 'function' : 'text', text }];
}

const PYTHON_RULES: Rule[] = [
  simple(/#[^\r\n]*/y, 'comment'),
  pythonString,
  pythonWord,
  simple(
    /0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?/y,
    'number',
  ),
  simple(/[-+*/%=<>!&|^~@]+/y, 'operator'),
];

const BASH_KEYWORDS = new Set(
  'export if then else elif fi for while until do done case esac function in return local source unset alias'.split(
    ' ',
  ),
);
const BASH_BUILTINS = new Set('echo cd printf read pwd set eval exec exit test'.split(' '));

function bashComment(code: string, at: number): Token[] | null {
  // `#` starts a comment only at the start of a word: `a#b` is one word.
  const before = code[at - 1];
  if (before !== undefined && !/[\s;|&(]/.test(before)) return null;
  return simple(/#[^\r\n]*/y, 'comment')(code, at);
}

function bashWord(code: string, at: number): Token[] | null {
  const match = matchAt(/[A-Za-z_][\w-]*/y, code, at);
  if (!match) return null;
  const text = match[0];
  if (BASH_KEYWORDS.has(text)) return [{ type: 'keyword', text }];
  if (BASH_BUILTINS.has(text)) return [{ type: 'builtin', text }];
  const assigns = /^\w+$/.test(text) && code[at + text.length] === '=';
  return [{ type: assigns ? 'variable' : 'text', text }];
}

const BASH_RULES: Rule[] = [
  bashComment,
  simple(/'[^']*'?/y, 'string'),
  simple(/"(?:\\[\s\S]|[^"\\])*"?/y, 'string'),
  simple(/\$(?:\{[^}\r\n]*\}?|[A-Za-z_]\w*|[\d@#?$!*-])/y, 'variable'),
  bashWord,
  simple(/[|&;<>=]+/y, 'operator'),
];

const RULES_BY_LANGUAGE: Record<string, Rule[]> = {
  python: PYTHON_RULES,
  py: PYTHON_RULES,
  python3: PYTHON_RULES,
  bash: BASH_RULES,
  sh: BASH_RULES,
  shell: BASH_RULES,
  zsh: BASH_RULES,
};

export function highlight(code: string, language: 'python' | 'bash' | (string & {})): Token[] {
  const rules = RULES_BY_LANGUAGE[language.toLowerCase()];
  if (!rules) return code ? [{ type: 'text', text: code }] : [];

  const tokens: Token[] = [];
  const push = (token: Token) => {
    const last = tokens[tokens.length - 1];
    if (!token.text) return;
    if (last && last.type === token.type && token.type === 'text') last.text += token.text;
    else tokens.push({ ...token });
  };
  let at = 0;
  while (at < code.length) {
    let read: Token[] | null = null;
    for (const rule of rules) {
      read = rule(code, at);
      if (read) break;
    }
    // Anything no rule claims (spaces, brackets, stray characters) is plain text, one character at a time.
    read ??= [{ type: 'text', text: code.slice(at, at + 1) }];
    for (const token of read) {
      push(token);
      at += token.text.length;
    }
  }
  return tokens;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use inside an element or a quoted attribute: nothing in it can become markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** The code as HTML: each coloured token a `<span class="tok-…">`, all text escaped. */
export function highlightedHtml(code: string, language: string): string {
  let html = '';
  for (const token of highlight(code, language)) {
    const text = escapeHtml(token.text);
    html += token.type === 'text' ? text : `<span class="tok-${token.type}">${text}</span>`;
  }
  return html;
}
