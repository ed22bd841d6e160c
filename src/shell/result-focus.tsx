import { useEffect, useRef } from 'react';
import { useNotebook } from '../notebook/notebook-context.tsx';
import type { CellId } from '../notebook/notebook-state.ts';
import { runChanges } from './finished-runs.ts';

const CARD_WAIT_MS = 3000;

/**
 * Focus follows a run the user is waiting on. A run is followed when it starts while focus is in its cell
 * (its Run button, a card's Try again) or lost (the pressed button was disabled or removed). When it ends:
 * a failure moves focus to the card's heading, so the explanation is read next; a success puts lost focus
 * back on the cell. Shift+Enter already moved focus to the next cell, so that run is not followed.
 * The output's live region announces the result either way.
 */
export function ResultFocus() {
  const { state } = useNotebook();
  const previous = useRef(state);
  const followed = useRef(new Set<CellId>());

  useEffect(() => {
    const changes = runChanges(previous.current, state);
    previous.current = state;
    for (const id of changes.started) {
      if (focusIsIn(id) || focusIsLost()) followed.current.add(id);
    }
    for (const id of changes.failed) {
      if (followed.current.delete(id) && (focusIsIn(id) || focusIsLost())) focusCardOf(id);
    }
    for (const id of changes.succeeded) {
      if (followed.current.delete(id) && focusIsLost()) cellElement(id)?.focus();
    }
  }, [state]);

  return null;
}

function cellElement(id: CellId): HTMLElement | null {
  return document.getElementById(`cell-${id}`);
}

function focusIsIn(id: CellId): boolean {
  return cellElement(id)?.contains(document.activeElement) ?? false;
}

function focusIsLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/** Moves focus to the heading of `id`'s troubleshooting card. */
export function focusCardOf(id: CellId): void {
  focusWhenShown(() => cardHeading(cellElement(id)));
}

/** Moves focus to the first card on the page: where a Run all stopped (earlier cells all succeeded). */
export function focusFirstCard(): void {
  focusWhenShown(() => cardHeading(document.querySelector('.cell--error')));
}

/** The card is a lazy chunk and may render a moment after the failure: wait for it, briefly. */
function focusWhenShown(find: () => HTMLElement | null): void {
  const started = performance.now();
  const attempt = () => {
    const heading = find();
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
      return;
    }
    if (performance.now() - started < CARD_WAIT_MS) requestAnimationFrame(attempt);
  };
  attempt();
}

function cardHeading(cell: Element | null): HTMLElement | null {
  const card = cell?.querySelector('.cell__output section[aria-labelledby]');
  const headingId = card?.getAttribute('aria-labelledby');
  return headingId ? document.getElementById(headingId) : null;
}
