// How one cell's request failures are classified. The data lives with the cell (cells/<id>.rules.ts beside
// its module) and reaches the classifier through the cell's definition; it is plain data, so the card chunk
// never imports a cell's React code.
import type { CardId } from './card-ids.ts';

export interface StatusRule {
  cardId: CardId;
  /**
   * Whether the card still fits when the body was an HTML page. The API's own 400 and 405 answers are JSON,
   * so an HTML one means something else answered; a 401, 404, 429 or 5xx means the same from nginx.
   */
  keepWhenHtml: boolean;
}

export interface RequestRules {
  /** The step as its card names it, e.g. "Log in (POST /api/v1/login)". */
  stepName: string;
  /** Which card an upstream status gets; '5xx' covers 500–599. Any other status gets 'unexpected-status'. */
  statusCards: Partial<Record<number | '5xx', StatusRule>>;
  /** The card for a success status whose JSON lacks the fields the cell asserts on. */
  incompleteAnswerCard: CardId;
  /**
   * When the fix is an earlier cell's, where "Try again" starts: a refused or expired token needs a new login,
   * so re-running this cell alone would fail forever.
   */
  retryFrom?: { cell: string; statuses: readonly number[]; onExpiredToken: boolean };
}
