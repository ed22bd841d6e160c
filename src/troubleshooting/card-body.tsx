// A card's parts below its title. In full (the notebook): what happened, the likely cause, the fix. Compact
// (a projector slide, where a card must fit beside the cell's code): the fix's first step stays in view, and
// the other steps, what happened and the likely cause wait behind a native disclosure, which a presenter opens
// when the room needs them (the slide may then scroll).
import { Markdown } from '../content/markdown.tsx';
import type { CardContent } from './card-content.ts';
import type { CardFact } from './classify-failure.ts';
import { splitFirstFixStep } from './first-fix-step.ts';

export type PartHeading = `h${3 | 4 | 5 | 6}`;

export function CardFacts({ facts, Part }: { facts: readonly CardFact[]; Part: PartHeading }) {
  if (facts.length === 0) return null;
  return (
    <>
      <Part className="card__part">What happened</Part>
      <dl className="card__facts">
        {facts.map((fact) => (
          <div className="card__fact" key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export function CompactCardBody({
  facts,
  content,
  Part,
}: {
  facts: readonly CardFact[];
  content: CardContent;
  Part: PartHeading;
}) {
  const fix = splitFirstFixStep(content.fix);
  const stepCount = fix.moreSteps.length + 1;
  return (
    <>
      <Part className="card__part">
        How to fix it
        {stepCount > 1 && (
          <>
            {' '}
            <span className="card__step-count">(step 1 of {stepCount})</span>
          </>
        )}
      </Part>
      <Markdown text={fix.first} />
      <details className="card__more">
        <summary>More about this card</summary>
        {fix.more && (
          <>
            <Part className="card__part">More steps</Part>
            <Markdown text={fix.more} />
          </>
        )}
        <CardFacts facts={facts} Part={Part} />
        <Part className="card__part">Likely cause</Part>
        <Markdown text={content.cause} />
      </details>
    </>
  );
}
