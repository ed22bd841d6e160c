import { useEffect, useEffectEvent } from 'react';
import {
  hasCommandModifier,
  isInDialog,
  isTextEntryTarget,
  usesArrowKeys,
} from '../shell/keyboard-targets.ts';
import { sectionStep } from './presenter-url.ts';

/** ←/→ and PageUp/PageDown call `move(±1)`, unless the focused element needs the key itself. */
export function useSlideKeys(move: (step: number) => void): void {
  const onMove = useEffectEvent(move);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasCommandModifier(event) || isInDialog(event.target)) return;
      const step = sectionStep(event.key);
      if (step === 0 || event.shiftKey) return;
      const taken = event.key.startsWith('Arrow')
        ? usesArrowKeys(event.target)
        : isTextEntryTarget(event.target);
      if (taken) return;
      event.preventDefault();
      onMove(step);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
