import { scenarioInfo, scenarioNames, type ScenarioName } from '../api/monai-behaviour.ts';

/** What a presenter can pick: the API's scenarios, plus one that only the proxy can show (no route to the API). */
export type DemoScenario = Exclude<ScenarioName, TestOnlyScenario> | 'unreachable';
type TestOnlyScenario = {
  [Name in ScenarioName]: (typeof scenarioInfo)[Name] extends { testOnly: true } ? Name : never;
}[ScenarioName];

export const demoScenarios: { name: DemoScenario; label: string; description: string }[] = [
  ...scenarioNames
    .filter((name) => !('testOnly' in scenarioInfo[name]))
    .map((name) => ({ name: name as DemoScenario, ...scenarioInfo[name] })),
  {
    name: 'unreachable',
    label: 'API unreachable',
    description: 'The proxy cannot reach the API host at all (DNS failure), as on a network without access.',
  },
];

export function isDemoScenario(value: unknown): value is DemoScenario {
  return demoScenarios.some((scenario) => scenario.name === value);
}

let current: DemoScenario = 'valid';
const listeners = new Set<() => void>();

/** The scenario the demo's service worker answers with; ?scenario= in the address chooses the first one. */
export const demoScenarioState = {
  get: () => current,
  set(next: DemoScenario) {
    // Unchanged is no change: windows that mirror each other's scenario (the speaker view) stop echoing.
    if (next === current) return;
    current = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** Picks the scenario and writes it into the address (`?scenario=`), so a reload keeps it. */
export function selectDemoScenario(next: DemoScenario): void {
  demoScenarioState.set(next);
  const url = new URL(window.location.href);
  url.searchParams.set('scenario', next);
  window.history.replaceState(window.history.state, '', url);
}
