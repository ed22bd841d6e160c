// Setup: the notebook's imports. In the browser there is nothing to import; the app sends the requests.
import { defineCell } from '../../../../src/notebook/cell-definition.ts';
import { OkIcon } from '../../../../src/notebook/output-facts.tsx';

interface SetupOutput {
  modules: string[];
}

export const cell = defineCell<SetupOutput>({
  id: 'setup',
  needs: [],
  minutes: 1,
  code: () => ['import json', 'import requests', 'import os'].join('\n'),
  run: async () => ({ ok: true, output: { modules: ['json', 'requests', 'os'] }, vars: {} }),
  Output: ({ output }) => (
    <p className="output__line">
      <OkIcon /> Imported {output.modules.join(', ')}. (In the browser the app sends the requests for you.)
    </p>
  ),
  printed: () => null,
});
