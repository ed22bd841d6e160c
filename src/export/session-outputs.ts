// What each cell printed in this session, as Jupyter stream outputs. The token is never written: the login
// output names it and says when it expires. The key appears only as its fingerprint.
import type { CellOutput, CellState } from '../notebook/notebook-state.ts';
import { formatUtc } from '../format/format-utc.ts';
import type { JwtClaims } from '../secrets/jwt.ts';
import { getCardContent } from '../troubleshooting/card-content.ts';
import { classifyFailure } from '../troubleshooting/classify-failure.ts';
import type { Failure } from '../troubleshooting/failure.ts';
import { streamOutput, type IpynbStreamOutput } from './ipynb-format.ts';

/** Stands in for the token in the file: what it was and when it expires, nothing that could be used. */
export function redactedToken(claims: JwtClaims | null): string {
  if (!claims) return '<redacted: token (not a JWT)>';
  if (claims.exp === undefined) return '<redacted: JWT, no expiry>';
  return `<redacted: JWT, expires ${formatUtc(new Date(claims.exp * 1000))}>`;
}

const keySourceWords = {
  server: "from the server's MONAI_API_KEY",
  pasted: 'pasted in the browser',
} as const;

/** The text the cell printed; null for a cell whose Python prints nothing. */
function printedText(output: CellOutput): string | null {
  switch (output.kind) {
    case 'setup':
      return null;
    case 'configure':
      // The Python prints nothing here; the fingerprint records which key the outputs below came from.
      return [
        `host_url = ${output.hostUrl}`,
        `ngc_api_key = ${output.fingerprint}, ${keySourceWords[output.keySource]} (value redacted)`,
      ].join('\n');
    case 'login':
      return `User ID ${output.userId}\nJWT ${redactedToken(output.claims)}`;
    case 'base-url':
      return `API calls will be forwarded to ${output.baseUrl}`;
    case 'verify':
      return `${output.experimentCount} experiments`;
  }
}

/** The troubleshooting card's title and facts (already redacted by the classifier), as an error report. */
export function failureText(cellTitle: string, failure: Failure): string {
  const card = classifyFailure(failure);
  const heading = `${cellTitle} failed: ${getCardContent(card.cardId).title}`;
  return [heading, ...card.facts.map((fact) => `${fact.label}: ${fact.value}`)].join('\n');
}

const STALE_NOTE =
  'Stale: this output was computed from a key, org or token that changed afterwards in that session.';

/** A cell's outputs: what it printed when it succeeded, its troubleshooting card when it failed. */
export function sessionOutputs(cellTitle: string, cell: CellState): IpynbStreamOutput[] {
  const outputs: IpynbStreamOutput[] = [];
  if (cell.status === 'error' && cell.failure) {
    outputs.push(streamOutput('stderr', `${failureText(cellTitle, cell.failure)}\n`));
  } else if (cell.status === 'ok' && cell.output) {
    const text = printedText(cell.output);
    if (text !== null) outputs.push(streamOutput('stdout', `${text}\n`));
  } else {
    return [];
  }
  if (cell.stale) outputs.push(streamOutput('stderr', `${STALE_NOTE}\n`));
  return outputs;
}
