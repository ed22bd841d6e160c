// The guide and this session's outputs as a Jupyter notebook (nbformat 4.5) that opens in Jupyter or Colab.
// Pure: the caller supplies the time. Secrets never reach the file: outputs are written without them, and a
// last pass replaces any value of the key or token still found anywhere in the notebook.
import { cellGraph } from '../guides/active-guide.ts';
import { codeContextOf } from '../notebook/code-context.ts';
import { cellState, type NotebookState } from '../notebook/notebook-state.ts';
import { parseChecklistItems } from '../content/checklist-items.ts';
import type { GuideBlock, GuideSection } from '../content/parse-guide.ts';
import { toLines, type IpynbCell, type IpynbCodeCell, type IpynbNotebook } from './ipynb-format.ts';
import { ORIGINAL_NOTEBOOK_URL } from './original-notebook.ts';
import { formatUtc } from '../format/format-utc.ts';
import { sessionOutputs } from './session-outputs.ts';

export interface ExportMeta {
  exportedAt: Date;
  mode: 'live' | 'demo';
  hostUrl: string;
  /** Ticked checklist items (checklist id → item ids), written as [x]; not a secret. */
  checklists?: Record<string, string[]>;
}

export const NOTEBOOK_TITLE = 'Generating and Managing Your Credentials for NVIDIA MONAI Cloud APIs';
const REDACTED = '<redacted>';
/** Shorter values are not real keys; replacing them everywhere would only garble the guide's text. */
const MIN_SECRET_LENGTH = 8;

export function notebookToIpynb(
  sections: readonly GuideSection[],
  state: NotebookState,
  meta: ExportMeta,
): IpynbNotebook {
  const takeId = uniqueIds();
  const anchors = new Map(sections.map((section) => [section.id, jupyterAnchor(section.title)]));
  const cells: IpynbCell[] = [markdownCell(takeId('exported-from'), introText(meta))];

  for (const section of sections) {
    let heading: string | null = `## ${section.title}`;
    const addMarkdown = (text: string) => {
      const withHeading = heading === null ? text : text ? `${heading}\n\n${text}` : heading;
      heading = null;
      cells.push(markdownCell(takeId(section.id), relinkAnchors(withHeading, anchors)));
    };
    for (const block of section.blocks) {
      if (block.kind === 'markdown') addMarkdown(block.text);
      else if (block.kind === 'widget') {
        const text = widgetMarkdown(block, meta.checklists);
        if (text) addMarkdown(text);
      } else if (block.language !== 'python') {
        addMarkdown(`\`\`\`${block.language}\n${block.code}\n\`\`\``);
      } else {
        if (heading !== null) addMarkdown('');
        cells.push(codeCell(block, state, meta, takeId(`cell-${block.cellId}`)));
      }
    }
    if (heading !== null) addMarkdown('');
  }

  const notebook: IpynbNotebook = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3 (ipykernel)', language: 'python' },
      language_info: { name: 'python', file_extension: '.py', mimetype: 'text/x-python' },
      credentials_notebook: {
        exported_at: meta.exportedAt.toISOString(),
        mode: meta.mode,
        host_url: meta.hostUrl,
      },
    },
    cells,
  };
  return replaceSecrets(notebook, secretsOf(state));
}

function introText({ exportedAt, mode, hostUrl }: ExportMeta): string {
  const host = `\`${hostUrl.replace(/`/g, '')}\``;
  const where =
    mode === 'live'
      ? `in live mode, against ${host}`
      : "in demo mode: the outputs come from the app's built-in imitation of the API, not from a real server";
  return [
    `# ${NOTEBOOK_TITLE}`,
    '',
    `Exported from the Credentials Notebook on ${formatUtc(exportedAt)}, ${where}. ` +
      'Each code cell shows what it printed in that session; a cell without output had not run.',
    '',
    '**No secret is in this file.** The code reads your key from the `MONAI_API_KEY` environment variable and ' +
      'prints the login token only as its first ten and last four characters. To run it, set `MONAI_API_KEY` ' +
      'before starting Jupyter rather than pasting your key into a cell. It calls ' +
      `${host}; set \`MONAI_HOST_URL\` (an origin such as \`http://127.0.0.1:8787\`) to call another API, ` +
      'such as the test server `npm run fake-upstream` starts.',
    '',
    `Based on NVIDIA's notebook [Generating and Managing Your Credentials](${ORIGINAL_NOTEBOOK_URL}).`,
  ].join('\n');
}

function markdownCell(id: string, text: string): IpynbCell {
  return { cell_type: 'markdown', id, metadata: {}, source: toLines(text) };
}

/** The cell's code rendered as the app renders it, from the session's host and org, with what it printed. */
function codeCell(
  block: Extract<GuideBlock, { kind: 'cell' }>,
  state: NotebookState,
  meta: ExportMeta,
  id: string,
): IpynbCodeCell {
  const definition = cellGraph.byId.get(block.cellId);
  const cell = cellState(state, block.cellId);
  const ran = definition !== undefined && (cell.status === 'ok' || cell.status === 'error');
  // The org that produced the outputs, when a cell used it; what is typed now otherwise.
  const context = codeContextOf(
    meta.hostUrl,
    { ...state.inputs, org: state.vars.ngc_org ?? state.inputs.org },
    meta.mode === 'demo',
  );
  return {
    cell_type: 'code',
    id,
    metadata: {},
    source: toLines(definition?.code(context) ?? ''),
    execution_count: ran ? cell.executionCount : null,
    outputs: ran ? sessionOutputs(block.title, cell, definition) : [],
  };
}

function widgetMarkdown(
  block: Extract<GuideBlock, { kind: 'widget' }>,
  checklists: Record<string, string[]> = {},
): string | null {
  if (block.widget === 'checklist') {
    const ticked = new Set(checklists[block.attributes.id ?? ''] ?? []);
    const items = parseChecklistItems(block.lines).map(
      (item) => `- [${ticked.has(item.id) ? 'x' : ' '}] ${item.text}`,
    );
    return [`**${block.attributes.title ?? 'Checklist'}**`, '', ...items].join('\n');
  }
  if (block.widget === 'refresh-credentials') {
    return 'To refresh your credentials in this notebook, run the Login cell and every cell after it again.';
  }
  return null;
}

/** Jupyter's anchor for a heading: its text with spaces as hyphens ("Testing-your-credentials"). */
function jupyterAnchor(title: string): string {
  return title.trim().replace(/\s+/g, '-');
}

function relinkAnchors(text: string, anchors: Map<string, string>): string {
  return text.replace(/\]\(#([a-z0-9-]+)\)/g, (link, slug: string) => {
    const anchor = anchors.get(slug);
    return anchor ? `](#${anchor})` : link;
  });
}

/** nbformat 4.5 cell ids: 1–64 of [a-zA-Z0-9-_], unique in the notebook. */
function uniqueIds(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    const stem = base.replace(/[^a-zA-Z0-9-_]/g, '-').slice(0, 56) || 'cell';
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return id;
  };
}

function secretsOf(state: NotebookState): string[] {
  const { token, ngc_api_key: key } = state.vars;
  const pasted = state.inputs.pastedKey;
  // Each whitespace-separated part too: a key pasted with a line break inside would span two source lines.
  const values = [token, key?.value, pasted].flatMap((value) =>
    value ? [value, ...value.split(/\s+/)] : [],
  );
  const secrets = values.filter((value) => value.length >= MIN_SECRET_LENGTH);
  // Longest first, so a secret that contains another is replaced whole.
  return [...new Set(secrets)].sort((a, b) => b.length - a.length);
}

function replaceSecrets<T>(value: T, secrets: string[]): T {
  if (secrets.length === 0) return value;
  const walk = (item: unknown): unknown => {
    if (typeof item === 'string')
      return secrets.reduce((text, secret) => text.replaceAll(secret, REDACTED), item);
    if (Array.isArray(item)) return item.map(walk);
    if (item && typeof item === 'object') {
      return Object.fromEntries(Object.entries(item).map(([key, inner]) => [key, walk(inner)]));
    }
    return item;
  };
  return walk(value) as T;
}
