import { useId, useSyncExternalStore } from 'react';
import { demoScenarioState, demoScenarios, isDemoScenario, selectDemoScenario } from './demo-scenarios.ts';

/** The presenter's scenario picker. The chosen scenario is named on screen, so the audience knows it is a demo. */
export function DemoControls() {
  const id = useId();
  const scenario = useSyncExternalStore(demoScenarioState.subscribe, demoScenarioState.get);
  const info = demoScenarios.find((candidate) => candidate.name === scenario);
  return (
    <div className="demo-controls">
      <label htmlFor={`${id}-scenario`}>Demo scenario</label>
      <select
        id={`${id}-scenario`}
        value={scenario}
        aria-describedby={`${id}-description`}
        onChange={(event) => {
          if (isDemoScenario(event.target.value)) selectDemoScenario(event.target.value);
        }}
      >
        {demoScenarios.map((candidate) => (
          <option key={candidate.name} value={candidate.name}>
            {candidate.label}
          </option>
        ))}
      </select>
      <p id={`${id}-description`} className="demo-controls__description">
        {info?.description}
      </p>
    </div>
  );
}
