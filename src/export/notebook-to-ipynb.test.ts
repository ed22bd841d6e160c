import { cellGraph } from '../guides/active-guide.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ORG } from '../api/contract.ts';
import { initialNotebookState, type NotebookState } from '../notebook/notebook-state.ts';
import { guideSections } from '../content/guide.ts';
import type { GuideSection } from '../content/parse-guide.ts';
import {
  finishedSession,
  HOST,
  TEST_JWT,
  TEST_LEGACY_KEY,
  TEST_PERSONAL_KEY,
} from './export-test-session.ts';
import { CELL_ID_PATTERN, type IpynbCell, type IpynbCodeCell } from './ipynb-format.ts';
import { notebookToIpynb, type ExportMeta } from './notebook-to-ipynb.ts';
import { codeContextOf } from '../notebook/code-context.ts';

const meta: ExportMeta = { exportedAt: new Date('2026-01-02T10:11:12Z'), mode: 'live', hostUrl: HOST };

function exportOf(state: NotebookState, sections: readonly GuideSection[] = guideSections, extra = {}) {
  return notebookToIpynb(sections, state, { ...meta, ...extra });
}

const text = (lines: string[]) => lines.join('');
const codeCell = (cells: IpynbCell[], id: string) =>
  cells.find((cell): cell is IpynbCodeCell => cell.cell_type === 'code' && cell.id === `cell-${id}`)!;
const outputText = (cell: IpynbCodeCell, name: 'stdout' | 'stderr') =>
  cell.outputs
    .filter((output) => output.name === name)
    .map((output) => text(output.text))
    .join('');

/** A multiline string as nbformat stores it: one line per string, each but the last ending in "\n". */
function expectLines(lines: unknown) {
  expect(Array.isArray(lines)).toBe(true);
  const array = lines as string[];
  array.forEach((line, index) => {
    expect(typeof line).toBe('string');
    if (index < array.length - 1) expect(line.endsWith('\n')).toBe(true);
    expect(line.replace(/\n$/, '')).not.toMatch(/[\n\r]/);
  });
}

describe('notebookToIpynb: the nbformat 4.5 structure', () => {
  it.each([
    ['a finished session', finishedSession()],
    ['a session where nothing ran', initialNotebookState(cellGraph.ids)],
  ])('writes a valid notebook for %s', (_case, state) => {
    const notebook = exportOf(state) as unknown as Record<string, unknown>;
    expect(Object.keys(notebook).sort()).toEqual(['cells', 'metadata', 'nbformat', 'nbformat_minor']);
    expect(notebook.nbformat).toBe(4);
    expect(notebook.nbformat_minor).toBe(5);
    expect(notebook.metadata).toMatchObject({
      kernelspec: { name: 'python3', display_name: expect.any(String) },
      language_info: { name: 'python' },
    });
    const cells = notebook.cells as Record<string, unknown>[];
    const ids = cells.map((cell) => cell.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cell of cells) {
      expect(cell.id).toMatch(CELL_ID_PATTERN);
      expect(cell.metadata).toEqual({});
      expectLines(cell.source);
      if (cell.cell_type === 'markdown') {
        expect(Object.keys(cell).sort()).toEqual(['cell_type', 'id', 'metadata', 'source']);
        continue;
      }
      expect(cell.cell_type).toBe('code');
      expect(Object.keys(cell).sort()).toEqual([
        'cell_type',
        'execution_count',
        'id',
        'metadata',
        'outputs',
        'source',
      ]);
      expect(cell.execution_count === null || Number.isInteger(cell.execution_count)).toBe(true);
      for (const output of cell.outputs as Record<string, unknown>[]) {
        expect(Object.keys(output).sort()).toEqual(['name', 'output_type', 'text']);
        expect(output.output_type).toBe('stream');
        expect(['stdout', 'stderr']).toContain(output.name);
        expectLines(output.text);
      }
    }
  });

  it('survives a round trip through JSON', () => {
    const notebook = exportOf(finishedSession());
    expect(JSON.parse(JSON.stringify(notebook))).toEqual(notebook);
  });
});

describe('notebookToIpynb: the guide and the session', () => {
  it('opens with a cell saying when and how it was exported, and that secrets were redacted', () => {
    const [first] = exportOf(finishedSession()).cells;
    const intro = text(first!.source);
    expect(intro).toMatch(/^# Generating and Managing Your Credentials/);
    expect(intro).toContain('2026-01-02 10:11 UTC');
    expect(intro).toContain(`live mode, against \`${HOST}\``);
    expect(intro).toContain('**No secret is in this file.**');
    expect(intro).toContain('`MONAI_HOST_URL`');
    const demo = text(exportOf(finishedSession(), guideSections, { mode: 'demo' }).cells[0]!.source);
    expect(demo).toContain('demo mode');
    expect(demo).not.toContain('live mode');
  });

  it('gives every section its "## Title" heading, in order, and keeps the prose', () => {
    const markdown = exportOf(initialNotebookState(cellGraph.ids))
      .cells.filter((cell) => cell.cell_type === 'markdown')
      .map((cell) => text(cell.source));
    const headings = markdown.flatMap((source) => /^## (.+)$/m.exec(source)?.[1] ?? []);
    expect(headings).toEqual(guideSections.map((section) => section.title));
    expect(markdown.join('\n')).toContain('export MONAI_API_KEY=<Your NGC API Key>');
  });

  it('writes each guide cell as a code cell with the code the app renders for the session', () => {
    const state = initialNotebookState(cellGraph.ids, { org: 'my-team' });
    const cells = exportOf(state).cells;
    for (const section of guideSections) {
      for (const block of section.blocks) {
        if (block.kind !== 'cell') continue;
        const cell = codeCell(cells, block.cellId);
        const rendered = cellGraph.byId.get(block.cellId)?.code(codeContextOf(HOST, state.inputs));
        expect(text(cell.source)).toBe(rendered);
        expect(cell.execution_count).toBeNull();
        expect(cell.outputs).toEqual([]);
      }
    }
  });

  it('takes execution counts from the session, and writes what each cell printed', () => {
    const cells = exportOf(finishedSession()).cells;
    const counts = ['setup', 'configure', 'login', 'base-url', 'verify'].map(
      (id) => codeCell(cells, id).execution_count,
    );
    expect(counts).toEqual([1, 2, 3, 4, 5]);
    expect(codeCell(cells, 'setup').outputs).toEqual([]);
    // Configure's Python prints nothing, so its export shows nothing either.
    expect(codeCell(cells, 'configure').outputs).toEqual([]);
    expect(outputText(codeCell(cells, 'login'), 'stdout')).toBe(
      `User ID c0ffee00-1111-4222-8333-444455556666\nJWT ${TEST_JWT.slice(0, 10)}…${TEST_JWT.slice(-4)} (${TEST_JWT.length} characters)\n`,
    );
    const baseUrl = codeCell(cells, 'base-url');
    expect(outputText(baseUrl, 'stdout')).toBe(
      `API calls will be forwarded to ${HOST}/api/v1/orgs/my-team\n`,
    );
    expect(outputText(baseUrl, 'stderr')).toMatch(/^Stale: /);
  });

  it('writes the org the session used into the base-url cell, so code and output agree', () => {
    const source = text(codeCell(exportOf(finishedSession()).cells, 'base-url').source);
    expect(source).toContain('ngc_org = "my-team"');
    expect(source).not.toContain(DEFAULT_ORG);
    const invalid = initialNotebookState(cellGraph.ids, { org: 'x"; import os #' });
    expect(text(codeCell(exportOf(invalid).cells, 'base-url').source)).toContain(
      `ngc_org = "${DEFAULT_ORG}"`,
    );
  });

  it('writes a failed cell as its troubleshooting card: title, status and facts, on stderr', () => {
    const verify = codeCell(exportOf(finishedSession()).cells, 'verify');
    expect(outputText(verify, 'stdout')).toBe('');
    const report = outputText(verify, 'stderr');
    expect(report).toMatch(/^Verify failed: You are not a member of this org\n/);
    expect(report).toContain('Status: 403 Forbidden\n');
    expect(report).toContain('The API said: No access granted for user in org my-team');
  });

  it('prints the token as the login code does: its ends and length, never all of it', () => {
    const login = outputText(codeCell(exportOf(finishedSession()).cells, 'login'), 'stdout');
    expect(login).toContain(`JWT ${TEST_JWT.slice(0, 10)}…${TEST_JWT.slice(-4)} (${TEST_JWT.length} characters)\n`);
    expect(login).not.toContain(TEST_JWT);
  });

  it('writes the checklist with the learner’s ticks, and links sections by Jupyter’s anchors', () => {
    const cells = exportOf(initialNotebookState(cellGraph.ids), guideSections, {
      checklists: { securing: ['environment'] },
    }).cells;
    const all = cells.map((cell) => text(cell.source)).join('\n');
    expect(all).toContain('- [x] My key lives in an environment variable');
    expect(all).toContain('- [ ] No key is written into any script');
    expect(all).toContain('](#Testing-your-credentials)');
    expect(all).not.toMatch(/\]\(#testing-your-credentials\)/);
  });
});

describe('notebookToIpynb: secrets', () => {
  const jwtParts = TEST_JWT.split('.');

  it.each([
    ['a pasted personal key', finishedSession(TEST_PERSONAL_KEY)],
    ['a pasted legacy key', finishedSession(TEST_LEGACY_KEY)],
    [
      'a key pasted with a line break in it',
      finishedSession(`${TEST_PERSONAL_KEY.slice(0, 30)}\n${TEST_PERSONAL_KEY.slice(30)}`),
    ],
  ])('never writes %s or the JWT', (_case, state) => {
    const json = JSON.stringify(exportOf(state));
    const key = state.inputs.pastedKey;
    for (const part of [key, ...key.split('\n'), TEST_JWT, jwtParts[1]!, jwtParts[2]!]) {
      expect(json).not.toContain(part);
    }
    expect(json).toContain('os.environ.get(\\"MONAI_API_KEY\\"');
  });

  it('replaces a secret wherever it turns up, even in the guide text', () => {
    const leaky: GuideSection[] = [
      {
        id: 'leaky',
        title: 'Leaky',
        blocks: [
          { kind: 'markdown', text: `Do not paste ${TEST_PERSONAL_KEY} or ${TEST_JWT} here.` },
          {
            kind: 'cell',
            cellId: 'login',
            title: 'Login',
            language: 'python',
            code: '',
          },
        ],
        slideBreaks: [],
        notes: [],
      },
    ];
    const json = JSON.stringify(exportOf(finishedSession(), leaky));
    expect(json).not.toContain(TEST_PERSONAL_KEY);
    expect(json).not.toContain(TEST_JWT);
    expect(json).toContain('Do not paste <redacted> or <redacted> here.');
  });

  it('leaves short pasted text alone rather than garble the guide', () => {
    const json = JSON.stringify(exportOf(initialNotebookState(cellGraph.ids, { keySource: 'pasted', pastedKey: 'key' })));
    expect(json).toContain('API key');
    expect(json).not.toContain('<redacted>');
  });
});
