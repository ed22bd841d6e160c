// What each cell printed in this session, as Jupyter stream outputs: each cell's module says what its Python
// prints, which never holds a key or a whole token.
import type { CellDefinition } from '../notebook/cell-definition.ts';
import type { CellState } from '../notebook/notebook-state.ts';
import { getCardContent } from '../troubleshooting/card-content.ts';
import { classifyFailure } from '../troubleshooting/classify-failure.ts';
import type { Failure } from '../troubleshooting/failure.ts';
import type { RequestRules } from '../troubleshooting/request-rules.ts';
import { streamOutput, type IpynbStreamOutput } from './ipynb-format.ts';

/** The troubleshooting card's title and facts (already redacted by the classifier), as an error report. */
export function failureText(cellTitle: string, failure: Failure, rules?: RequestRules): string {
  const card = classifyFailure(failure, rules);
  const heading = `${cellTitle} failed: ${getCardContent(card.cardId).title}`;
  return [heading, ...card.facts.map((fact) => `${fact.label}: ${fact.value}`)].join('\n');
}

const STALE_NOTE =
  'Stale: this output was computed from a key, org or token that changed afterwards in that session.';

/** A cell's outputs: what it printed when it succeeded, its troubleshooting card when it failed. */
export function sessionOutputs(
  cellTitle: string,
  cell: CellState,
  definition: CellDefinition,
): IpynbStreamOutput[] {
  const outputs: IpynbStreamOutput[] = [];
  if (cell.status === 'error' && cell.failure) {
    outputs.push(
      streamOutput('stderr', `${failureText(cellTitle, cell.failure, definition.failureRules)}\n`),
    );
  } else if (cell.status === 'ok' && cell.output !== null) {
    const text = definition.printed(cell.output);
    if (text !== null) outputs.push(streamOutput('stdout', `${text}\n`));
  } else {
    return [];
  }
  if (cell.stale) outputs.push(streamOutput('stderr', `${STALE_NOTE}\n`));
  return outputs;
}
