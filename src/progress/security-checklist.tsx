import { useId, useSyncExternalStore } from 'react';
import type { ChecklistItem } from '../content/checklist-items.ts';
import { toggleChecklistItem } from './progress.ts';
import { progressStore } from './progress-store.ts';

/** A checklist the learner ticks; the ticks are stored like progress (no secrets in them). */
export function SecurityChecklist({
  id,
  title,
  items,
}: {
  id: string;
  title: string;
  items: ChecklistItem[];
}) {
  const fieldId = useId();
  const progress = useSyncExternalStore(progressStore.subscribe, progressStore.get, progressStore.getServerSnapshot);
  const ticked = new Set(progress.checklists[id] ?? []);
  const done = items.filter((item) => ticked.has(item.id)).length;
  return (
    <fieldset className="checklist">
      <legend>
        {title}{' '}
        <span className="checklist__count">
          ({done} of {items.length} done)
        </span>
      </legend>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <label htmlFor={`${fieldId}-${item.id}`}>
              <input
                id={`${fieldId}-${item.id}`}
                type="checkbox"
                checked={ticked.has(item.id)}
                onChange={(event) =>
                  progressStore.update((current) =>
                    toggleChecklistItem(current, id, item.id, event.target.checked),
                  )
                }
              />{' '}
              {item.text}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
