// The parts of Jupyter's nbformat 4.5 that the export writes (nbformat/v4/nbformat.v4.5.schema.json).

export interface IpynbStreamOutput {
  output_type: 'stream';
  name: 'stdout' | 'stderr';
  text: string[];
}

export interface IpynbMarkdownCell {
  cell_type: 'markdown';
  /** 1–64 characters of [a-zA-Z0-9-_], unique in the notebook (required from nbformat 4.5). */
  id: string;
  metadata: Record<string, unknown>;
  source: string[];
}

export interface IpynbCodeCell {
  cell_type: 'code';
  id: string;
  metadata: Record<string, unknown>;
  source: string[];
  /** Jupyter's `[n]`; null for a cell that has not run. */
  execution_count: number | null;
  outputs: IpynbStreamOutput[];
}

export type IpynbCell = IpynbMarkdownCell | IpynbCodeCell;

export interface IpynbNotebook {
  nbformat: 4;
  nbformat_minor: 5;
  metadata: {
    kernelspec: { name: string; display_name: string; language: string };
    language_info: { name: string; file_extension: string; mimetype: string };
    [key: string]: unknown;
  };
  cells: IpynbCell[];
}

export const CELL_ID_PATTERN = /^[a-zA-Z0-9-_]{1,64}$/;

/** Text as nbformat stores it: one string per line, each but the last ending in "\n". */
export function toLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/).map((line) => `${line}\n`);
  const last = lines.length - 1;
  lines[last] = (lines[last] ?? '').slice(0, -1);
  return lines[last] === '' ? lines.slice(0, -1) : lines;
}

export function streamOutput(name: 'stdout' | 'stderr', text: string): IpynbStreamOutput {
  return { output_type: 'stream', name, text: toLines(text) };
}
