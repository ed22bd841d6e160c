import { useEffect } from 'react';
import { demoScenarios, selectDemoScenario, type DemoScenario } from '../mocks/demo-scenarios.ts';
import { hasCommandModifier, isInDialog, isTextEntryTarget } from '../shell/keyboard-targets.ts';

/** The scenario a number key picks while presenting: 1 is the first in the picker, up to 9. */
export function scenarioForKey(key: string): DemoScenario | null {
  if (!/^[1-9]$/.test(key)) return null;
  return demoScenarios[Number(key) - 1]?.name ?? null;
}

/** While `enabled`, the number keys 1…9 pick the demo scenario (not in a text field, a select or a dialog). */
export function useScenarioKeys(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasCommandModifier(event) || event.shiftKey) return;
      if (isTextEntryTarget(event.target) || isInDialog(event.target)) return;
      if (event.target instanceof HTMLSelectElement) return;
      const scenario = scenarioForKey(event.key);
      if (!scenario) return;
      event.preventDefault();
      selectDemoScenario(scenario);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
