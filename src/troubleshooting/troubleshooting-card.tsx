import { useEffect, useId, useState, type ReactNode } from 'react';
import { Markdown } from '../content/markdown.tsx';
import { formatDuration } from '../secrets/jwt.ts';
import { CardFacts, CompactCardBody, type PartHeading } from './card-body.tsx';
import { getCardContent } from './card-content.ts';
import { classifyFailure, type CardSeverity } from './classify-failure.ts';
import type { Failure } from './failure.ts';
import type { RequestRules } from './request-rules.ts';
import './troubleshooting-card.css';

type HeadingLevel = 2 | 3 | 4 | 5;

export interface TroubleshootingCardProps {
  failure: Failure;
  /** The failing cell's own rules (its definition's failureRules), for a failed request. */
  rules?: RequestRules;
  onRetry: () => void;
  /** Shown as "Send anyway" only when the card allows it (a warning about the key's shape). */
  onOverride?: () => void;
  /** More buttons or links, placed after the card's own. */
  extraActions?: ReactNode;
  /** The title's heading level; the card's parts use the next one. Cells title themselves with h3. */
  headingLevel?: HeadingLevel;
  /** Demo mode: a card whose advice differs there (see card-content.ts) gives its demo words. */
  demo?: boolean;
  /** On a projector slide: the title and the fix's first step, the rest behind "More about this card". */
  compact?: boolean;
}

const severityWords: Record<CardSeverity, string> = { error: 'Error', warning: 'Warning' };

/**
 * A failure explained: what happened, the likely cause and how to fix it. Not a live region itself: the cell
 * around it decides what is announced.
 */
export function TroubleshootingCard({
  failure,
  rules,
  onRetry,
  onOverride,
  extraActions,
  headingLevel = 4,
  demo = false,
  compact = false,
}: TroubleshootingCardProps) {
  const card = classifyFailure(failure, rules);
  const content = getCardContent(card.cardId, demo);
  const titleId = useId();
  const Title = `h${headingLevel}` as const;
  const Part: PartHeading = `h${headingLevel + 1}` as PartHeading;
  const waitSeconds = useRetryCountdown(failure, card.retryAfterSeconds);
  const countdownId = useId();

  return (
    <section
      className={`card card--${card.severity}${compact ? ' card--compact' : ''}`}
      aria-labelledby={titleId}
      data-card-id={card.cardId}
    >
      {/* Named in one piece: a visually hidden ": " would be read as "Error : …". */}
      <Title
        id={titleId}
        className="card__title"
        aria-label={`${severityWords[card.severity]}: ${content.title}`}
      >
        <span className="card__badge">
          <SeverityIcon severity={card.severity} />
          {severityWords[card.severity]}
        </span>{' '}
        <span className="card__title-text">{content.title}</span>
      </Title>

      {compact ? (
        <CompactCardBody facts={card.facts} content={content} Part={Part} />
      ) : (
        <>
          <CardFacts facts={card.facts} Part={Part} />
          <Part className="card__part">Likely cause</Part>
          <Markdown text={content.cause} />
          <Part className="card__part">How to fix it</Part>
          <Markdown text={content.fix} />
        </>
      )}

      {card.retryAfterSeconds !== undefined && <RetryCountdown id={countdownId} remaining={waitSeconds} />}

      <div className="card__actions">
        {/* aria-disabled, not disabled, while the API asks to wait: a disabled button would drop focus. */}
        <button
          type="button"
          className="button button--primary"
          aria-disabled={waitSeconds > 0 || undefined}
          aria-describedby={waitSeconds > 0 ? countdownId : undefined}
          onClick={() => {
            if (waitSeconds <= 0) onRetry();
          }}
        >
          Try again
        </button>
        {card.canOverride && onOverride && (
          <button type="button" className="button" onClick={onOverride}>
            Send anyway
          </button>
        )}
        {extraActions}
      </div>
    </section>
  );
}

/** Seconds left of the Retry-After time (0 when over); starts over when a new failure arrives. */
function useRetryCountdown(failure: Failure, seconds: number | undefined): number {
  const [countdown, setCountdown] = useState({ failure, remaining: seconds ?? 0 });
  if (countdown.failure !== failure) setCountdown({ failure, remaining: seconds ?? 0 });
  const done = countdown.remaining <= 0;

  useEffect(() => {
    if (done) return;
    const timer = setInterval(() => {
      setCountdown((current) => ({ ...current, remaining: Math.max(0, current.remaining - 1) }));
    }, 1000);
    return () => clearInterval(timer);
  }, [done, failure]);
  return countdown.remaining;
}

function RetryCountdown({ id, remaining }: { id: string; remaining: number }) {
  // aria-live="off": the cell's live region around the card must not read out every tick.
  return (
    <p id={id} className="card__countdown" aria-live="off">
      {remaining <= 0 ? 'You can try again now.' : `You can try again in ${formatDuration(remaining)}.`}
    </p>
  );
}

/** A different shape per severity (octagon or triangle), so colour is never the only signal. */
function SeverityIcon({ severity }: { severity: CardSeverity }) {
  return (
    <svg
      className="card__icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'error' ? (
        <path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z" fill="currentColor" />
      ) : (
        <path d="M12 2 23 21H1z" fill="currentColor" />
      )}
      <path d="M11 7h2v7h-2zm0 9h2v2h-2z" fill="var(--bg, #fff)" />
    </svg>
  );
}
