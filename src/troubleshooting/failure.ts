import type { KeyProblem, ProxyErrorKind } from '../api/contract.ts';

/**
 * The API client's name for the request that failed. Only a fallback for the card's wording: the failing
 * cell's RequestRules (request-rules.ts) name the step and choose the card.
 */
export type RequestStep = string;

/**
 * Everything that can go wrong in a cell, as data. Cells and the API client produce these; classifyFailure
 * (classify-failure.ts) turns each into a troubleshooting card. Nothing here may hold a key or a token.
 */
export type Failure =
  /**
   * No key to send. `emptyField`: "a key I paste here" was chosen with the field empty while another key (the
   * server's, or demo mode's stand-in) was on offer; otherwise there is neither a pasted key nor a server key.
   */
  | { kind: 'no-key'; emptyField?: boolean }
  /** Found in the key before sending; `blocking` is false for warnings the user may override. */
  | { kind: 'key-problem'; problems: KeyProblem[]; source: 'pasted' | 'server'; blocking: boolean }
  /** A cell was run before the cells it reads from. */
  | { kind: 'missing-dependencies'; missing: { id: string; title: string }[] }
  | { kind: 'invalid-org'; org: string }
  /** The token's `exp` has passed, noticed in the browser before sending. */
  // `expiredAt` is that `exp` claim: seconds since the epoch.
  | { kind: 'token-expired'; expiredAt: number }
  /** The upstream answered with a non-success status; passed through by the proxy. */
  | {
      kind: 'http-error';
      step: RequestStep;
      status: number;
      /** The upstream's own words (error_desc / description), if its body had any. */
      message?: string;
      /** True when the body was an HTML page (e.g. from nginx) rather than JSON. */
      html: boolean;
      /** The <title> of an HTML error page. */
      htmlTitle?: string;
      retryAfterSeconds?: number;
      durationMs: number;
    }
  /** A success status, but a body without the fields the notebook asserts on, or not JSON at all. */
  | {
      kind: 'unexpected-body';
      step: RequestStep;
      status: number;
      missingFields: string[];
      html: boolean;
      durationMs: number;
    }
  /** The proxy itself answered with an error (timeout, unreachable, refused request, …). */
  | {
      kind: 'proxy-error';
      step: RequestStep;
      status: number;
      proxyKind: ProxyErrorKind;
      message: string;
      code?: string;
      retryAfterSeconds?: number;
      durationMs: number;
    }
  /** The app is served without its proxy (a static file server answered the proxy's route). */
  | { kind: 'proxy-missing'; step: RequestStep; status: number; durationMs: number }
  /** The browser could not reach the app's own server at all (fetch threw). */
  | { kind: 'app-server-unreachable'; step: RequestStep; message: string }
  /** A bug in the notebook itself; still shown as a card, never as a blank screen. */
  | { kind: 'unexpected-error'; message: string };

export type FailureKind = Failure['kind'];
