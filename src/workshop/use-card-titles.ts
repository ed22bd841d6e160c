import { useEffect, useState } from 'react';

/**
 * The cards' titles ("The API did not accept your key"), read from the card files in a chunk of their own
 * (the words only, not the markdown renderer). Until it arrives, or for an id without a card, the id shows.
 */
export function useCardTitles(): (id: string) => string {
  const [titles, setTitles] = useState<ReadonlyMap<string, string> | null>(null);
  useEffect(() => {
    let current = true;
    void import('../troubleshooting/card-content.ts').then(({ parsedCards }) => {
      const found = new Map<string, string>();
      for (const [id, parsed] of parsedCards) if (parsed.ok) found.set(id, parsed.card.title);
      if (current) setTitles(found);
    });
    return () => {
      current = false;
    };
  }, []);
  return (id) => titles?.get(id) ?? id;
}
