// @vitest-environment jsdom
// A second guide is one folder: the fixture in src/guides/fixtures/hello (markdown + one cell module) goes
// through the same build step and the same runtime as the credentials guide, which name neither.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { guideContent, CELLS_MODULE_ID, GUIDE_MODULE_ID } from '../../scripts/vite-plugin-guide.ts';
import { Cell } from '../notebook/cell.tsx';
import { createCellGraph } from '../notebook/cell-graph.ts';
import { NotebookProvider } from '../notebook/notebook-context.tsx';
import { cell as greet } from './fixtures/hello/cells/greet.tsx';

afterEach(cleanup);

const FIXTURE_DIR = 'src/guides/fixtures/hello';

async function load(id: string): Promise<string> {
  const plugin = guideContent({ dir: FIXTURE_DIR });
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const loadHook = plugin.load as (this: unknown, id: string) => Promise<string | undefined>;
  return (await loadHook.call({ addWatchFile: () => {} }, resolveId(id) ?? '')) ?? '';
}

describe('a second guide, from its folder alone', () => {
  it('builds: its markdown compiles and its cell module is found and placed', async () => {
    expect(await load(GUIDE_MODULE_ID)).toContain('\\"cellId\\":\\"greet\\"');
    expect(await load(CELLS_MODULE_ID)).toMatch(
      /import \{ cell as c0 \} from ".*fixtures\/hello\/cells\/greet\.tsx"/,
    );
  });

  it('runs in the notebook runtime: code rendered from the session, Run, output', async () => {
    const user = userEvent.setup();
    const graph = createCellGraph([greet], { greet: 'Greet' });
    render(
      <QueryClientProvider client={new QueryClient()}>
        <NotebookProvider config={null} graph={graph} initialInputs={{ org: 'fixture-org' }}>
          <Cell id="greet" title="Greet" language="python" />
        </NotebookProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('code').textContent).toBe('print("Hello, fixture-org")');
    await user.click(screen.getByRole('button', { name: 'Run Greet' }));
    expect(await screen.findByText('Hello, fixture-org')).toBeTruthy();
    expect(screen.getByText(/Succeeded/)).toBeTruthy();
  });
});
