import { lazy, Suspense, type ComponentProps } from 'react';

// The cards (texts, classifier, component) are a chunk of their own: a first visit that only reads does not
// pay for them. The first cell run fetches them (loadTroubleshooting), while its request is on the way, so a
// failure still shows its card at once.
export const loadTroubleshooting = () => import('../troubleshooting/troubleshooting-card.tsx');

const Card = lazy(() => loadTroubleshooting().then((module) => ({ default: module.TroubleshootingCard })));

type CardProps = ComponentProps<Awaited<ReturnType<typeof loadTroubleshooting>>['TroubleshootingCard']>;

export function LazyTroubleshootingCard(props: CardProps) {
  return (
    <Suspense fallback={<p className="output__line">Working out what went wrong…</p>}>
      <Card {...props} />
    </Suspense>
  );
}
