import { formatUtc } from '../format/format-utc.ts';
import { formatDuration } from '../secrets/jwt.ts';
import type { CardId } from './card-ids.ts';
import { describeErrorCode, describeStatus } from './describe-status.ts';
import type { Failure, RequestStep } from './failure.ts';
import { redactUntrustedText } from './redact-untrusted-text.ts';
import { cleaningProblems, keyProblemWords, proxyErrorCards } from './failure-card-rules.ts';
import type { RequestRules } from './request-rules.ts';

export type CardSeverity = 'error' | 'warning';

/** One line of "what happened", in words. */
export interface CardFact {
  label: string;
  value: string;
}

export interface CardModel {
  cardId: CardId;
  severity: CardSeverity;
  facts: CardFact[];
  /** From the upstream's or the proxy's Retry-After, for a countdown. */
  retryAfterSeconds?: number;
  /** True when the user may go ahead anyway (a warning, not a certainty). */
  canOverride: boolean;
}

/**
 * Turns a failure into the card that explains it. Pure: the same failure and rules always give the same card.
 * `rules` are the failing cell's own (its definition's failureRules): which card each upstream status gets
 * for its request, and the step's name. Without them a request failure gets the generic cards.
 */
export function classifyFailure(failure: Failure, rules?: RequestRules): CardModel {
  switch (failure.kind) {
    case 'no-key':
      return errorCard(failure.emptyField ? 'key-field-empty' : 'no-key', []);
    case 'key-problem':
      return classifyKeyProblem(failure);
    case 'missing-dependencies':
      return errorCard('missing-dependencies', [
        untrustedFact('Run these cells first', failure.missing.map((cell) => cell.title).join(', ')),
      ]);
    case 'invalid-org':
      return errorCard('invalid-org', [
        failure.org === '' ? { label: 'Org', value: '(empty)' } : untrustedFact('Org', failure.org),
        { label: 'An org id may hold', value: 'letters, digits, - and _, at most 64 characters' },
      ]);
    case 'token-expired':
      return errorCard('token-expired', [
        { label: 'Token expired at', value: formatUtc(new Date(failure.expiredAt * 1000)) },
      ]);
    case 'http-error':
      return classifyHttpError(failure, rules);
    case 'unexpected-body': {
      const cardId = failure.html
        ? 'html-instead-of-json'
        : (rules?.incompleteAnswerCard ?? 'unexpected-status');
      const facts = [
        stepFact(failure.step, rules),
        { label: 'Status', value: describeStatus(failure.status) },
      ];
      if (failure.html) facts.push({ label: 'Answer', value: 'An HTML page instead of JSON' });
      if (failure.missingFields.length > 0) {
        facts.push(untrustedFact('Missing from the answer', failure.missingFields.join(', ')));
      }
      return errorCard(cardId, [...facts, elapsedFact(failure.durationMs)]);
    }
    case 'proxy-error': {
      const facts = [
        stepFact(failure.step, rules),
        { label: 'Status', value: describeStatus(failure.status) },
        untrustedFact("The app's server said", failure.message),
      ];
      if (failure.code) facts.push(untrustedFact('Error code', describeErrorCode(failure.code)));
      // A reset mid-answer means the host was reached: "could not be reached" and its DNS/VPN advice would mislead.
      const dropped = failure.proxyKind === 'unreachable' && failure.code === 'ECONNRESET';
      const cardId = dropped ? 'connection-dropped' : proxyErrorCards[failure.proxyKind];
      return withTiming(errorCard(cardId, facts), failure);
    }
    case 'proxy-missing':
      return errorCard('proxy-missing', [
        stepFact(failure.step, rules),
        { label: 'Status', value: describeStatus(failure.status) },
        {
          label: 'Answered by',
          value: "a server without the notebook's proxy, such as a static file server",
        },
        elapsedFact(failure.durationMs),
      ]);
    case 'app-server-unreachable':
      return errorCard('app-server-unreachable', [
        stepFact(failure.step, rules),
        untrustedFact('The browser said', failure.message),
      ]);
    case 'unexpected-error':
      return errorCard('unexpected-error', [untrustedFact('Error', failure.message)]);
    default:
      return assertNever(failure);
  }
}

function classifyKeyProblem(failure: Extract<Failure, { kind: 'key-problem' }>): CardModel {
  const { problems } = failure;
  const facts: CardFact[] = [
    {
      label: 'Key from',
      value: failure.source === 'pasted' ? 'the key you pasted' : "MONAI_API_KEY on the app's server",
    },
    { label: 'Found in the key', value: problems.map((problem) => keyProblemWords[problem]).join('; ') },
  ];
  // The most fundamental problem decides the card: no real key beats a key that needs cleaning.
  if (problems.includes('placeholder')) return errorCard('placeholder-key', facts);
  if (problems.includes('empty')) return errorCard('no-key', facts);
  if (problems.some((problem) => cleaningProblems.includes(problem))) {
    return errorCard('key-needs-cleaning', facts);
  }
  // Key formats change, so an unfamiliar shape is only a warning the user may override.
  const canOverride = !failure.blocking;
  return { cardId: 'unknown-key-shape', severity: canOverride ? 'warning' : 'error', facts, canOverride };
}

function classifyHttpError(
  failure: Extract<Failure, { kind: 'http-error' }>,
  rules?: RequestRules,
): CardModel {
  const cards = rules?.statusCards ?? {};
  const rule =
    cards[failure.status] ?? (failure.status >= 500 && failure.status <= 599 ? cards['5xx'] : undefined);
  const cardId =
    rule && (rule.keepWhenHtml || !failure.html)
      ? rule.cardId
      : failure.html
        ? 'html-instead-of-json'
        : 'unexpected-status';
  const facts = [stepFact(failure.step, rules), { label: 'Status', value: describeStatus(failure.status) }];
  if (failure.message) facts.push(untrustedFact('The API said', failure.message));
  if (failure.html) {
    const title = failure.htmlTitle ? redactUntrustedText(failure.htmlTitle, 120) : '';
    facts.push({
      label: 'Answer',
      value: title ? `An HTML page titled "${title}" instead of JSON` : 'An HTML page instead of JSON',
    });
  }
  return withTiming(errorCard(cardId, facts), failure);
}

/** Adds the retry time (when there is one) and the time taken, last, as a reader expects them. */
function withTiming(card: CardModel, failure: { retryAfterSeconds?: number; durationMs: number }): CardModel {
  const seconds = failure.retryAfterSeconds;
  const facts = [...card.facts];
  const retry: Partial<CardModel> = {};
  if (seconds !== undefined && Number.isFinite(seconds) && seconds >= 0) {
    retry.retryAfterSeconds = Math.ceil(seconds);
    facts.push({ label: 'Try again in', value: formatDuration(Math.ceil(seconds)) });
  }
  return { ...card, ...retry, facts: [...facts, elapsedFact(failure.durationMs)] };
}

function errorCard(cardId: CardId, facts: CardFact[]): CardModel {
  return { cardId, severity: 'error', facts, canOverride: false };
}

function untrustedFact(label: string, value: string): CardFact {
  return { label, value: redactUntrustedText(value) };
}

function stepFact(step: RequestStep, rules: RequestRules | undefined): CardFact {
  return rules ? { label: 'Step', value: rules.stepName } : untrustedFact('Step', step);
}

function elapsedFact(durationMs: number): CardFact {
  const value = durationMs < 1000 ? `${Math.round(durationMs)} ms` : `${(durationMs / 1000).toFixed(1)} s`;
  return { label: 'Time taken', value };
}

function assertNever(value: never): never {
  throw new Error(`Unhandled failure kind: ${String((value as { kind?: unknown }).kind)}`);
}
