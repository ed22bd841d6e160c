import { lazy, Suspense, type ComponentProps } from 'react';

// The cards (texts, classifier, component) are a chunk of their own: a first visit that only reads does not
// pay for them. The first cell run fetches them (loadTroubleshooting), while its request is on the way, so a
// failure still shows its card at once.
export const loadTroubleshooting = () => import('../troubleshooting/troubleshooting-card.tsx');

type CardProps = ComponentProps<Awaited<ReturnType<typeof loadTroubleshooting>>['TroubleshootingCard']>;

// If the app's server has gone before the chunk arrived, the cell says so in words instead of the whole page
// falling to the error screen.
const Card = lazy(() =>
  loadTroubleshooting().then(
    (module) => ({ default: module.TroubleshootingCard }),
    () => ({ default: CardUnavailable }),
  ),
);

function CardUnavailable(_props: CardProps) {
  return (
    <p className="output__line" role="alert">
      <span aria-hidden="true">✕</span> This step failed, and the explanation could not be loaded from the
      app&apos;s server: it did not answer. Check that the app is still running (<code>npm run dev</code> or{' '}
      <code>npm start</code>), then reload the page and run the cell again.
    </p>
  );
}

export function LazyTroubleshootingCard(props: CardProps) {
  return (
    <Suspense fallback={<p className="output__line">Working out what went wrong…</p>}>
      <Card {...props} />
    </Suspense>
  );
}
