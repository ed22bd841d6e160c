import type { CellId } from './notebook-state.ts';

/** The names the UI and the accessible labels use ("Run Login"). */
export const cellTitles: Record<CellId, string> = {
  setup: 'Setup',
  configure: 'Configure',
  login: 'Login',
  'base-url': 'Base URL and headers',
  verify: 'Verify',
};
