import { useId, useSyncExternalStore } from 'react';
import { isThemeChoice, themeChoices, themeStore } from './theme.ts';

/** System / Light / Dark. System follows the operating system's setting as it changes. */
export function ThemeSwitch() {
  const id = useId();
  const choice = useSyncExternalStore(themeStore.subscribe, themeStore.get, themeStore.getServerSnapshot);
  return (
    <div className="theme-switch">
      <label htmlFor={`${id}-theme`}>Theme</label>
      <select
        id={`${id}-theme`}
        value={choice}
        onChange={(event) => {
          if (isThemeChoice(event.target.value)) themeStore.set(event.target.value);
        }}
      >
        {themeChoices.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
