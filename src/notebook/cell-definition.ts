// What a guide's cell is: one module (content/guides/<guide>/cells/<id>.tsx) holds everything about it, and
// the runtime in src/notebook reads cells only through this shape, so it knows no cell by name.
import type { ComponentType } from 'react';
import type { ConfigResponse } from '../api/contract.ts';
import type { Failure } from '../troubleshooting/failure.ts';
import type { RequestRules } from '../troubleshooting/request-rules.ts';
import type { KeySource, NotebookInputs, NotebookState, NotebookVars } from './notebook-state.ts';

/** The session's values that a cell's code is rendered from; never a key or a token. */
export interface CodeContext {
  /** The API host in effect (the server's MONAI_HOST_URL), safe to put in a string literal. */
  hostUrl: string;
  /** The org the user typed (the default when what they typed is not a valid org). */
  org: string;
  keySource: KeySource;
  /** Demo mode: the key the proxy adds is the demo's stand-in, not a server's MONAI_API_KEY. */
  simulated: boolean;
}

export type SnippetLanguage = 'python' | 'bash' | 'typescript';

export interface RunContext {
  state: NotebookState;
  /** null when the app runs without its proxy. */
  config: ConfigResponse | null;
  nowSeconds: number;
  /** Aborted by Cancel and by Restart: pass it to every request. */
  signal: AbortSignal;
}

export type RunResult<Output = unknown> =
  | { ok: true; output: Output; vars: Partial<NotebookVars> }
  | { ok: false; failure: Failure; clearVars?: (keyof NotebookVars)[] };

export interface CellDefinition<Output = unknown> {
  /** The id the markdown places it by (```python cell=<id>); also its file name. */
  id: string;
  /** The cells whose variables it reads: the arrows of the dependency graph. */
  needs: readonly string[];
  /** The inputs whose change makes its output stale. */
  reads?: readonly (keyof NotebookInputs)[];
  /** Minutes a learner needs for it, for the contents' "minutes left". */
  minutes: number;
  /** The fields shown above its code (the key choice, the org). */
  Inputs?: ComponentType;
  /** The notebook cell's Python as it runs in Jupyter: shown in the cell and written into the export. */
  code(context: CodeContext): string;
  /** Standalone programs for the Copy tabs: each runs on its own with MONAI_API_KEY set. */
  snippets?(context: CodeContext): Record<SnippetLanguage, string>;
  /** How its request's failures are classified (cells/<id>.rules.ts); none for a cell that sends no request. */
  failureRules?: RequestRules;
  /** What it does in the browser. */
  run(context: RunContext): Promise<RunResult<Output>>;
  /**
   * Demo mode: what in its output comes from the simulated API, said inside the cell beside "simulated, key
   * not checked" (the runtime adds those words). Omitted for a cell whose output owes nothing to an answer.
   */
  simulatedNote?: string;
  /** Its output, laid out like what the Python prints, secrets masked. */
  Output: ComponentType<{ output: Output }>;
  /** The text its Python prints, for the export; null when it prints nothing. */
  printed(output: Output): string | null;
}

/** Types one cell's module; the runtime holds cells of any output type side by side. */
export function defineCell<Output>(definition: CellDefinition<Output>): CellDefinition {
  return definition as unknown as CellDefinition;
}
