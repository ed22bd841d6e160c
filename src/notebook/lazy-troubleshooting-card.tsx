import { lazy, Suspense, type ComponentProps } from 'react';

// The cards (texts, classifier, component) are a chunk of their own: the first view does not need them, and
// loadTroubleshooting() fetches them while the browser is idle so a failure still shows its card at once.
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
