// The notebook as a screen-reader user meets it: everything is found by role and accessible name, never by
// CSS class or test id, so a control that loses its name fails these tests.
import { expect, type Locator, type Page } from '@playwright/test';

export type CellName = 'Setup' | 'Configure' | 'Login' | 'Base URL and headers' | 'Verify';
export const cellNames: readonly CellName[] = [
  'Setup',
  'Configure',
  'Login',
  'Base URL and headers',
  'Verify',
];

export class NotebookPage {
  constructor(readonly page: Page) {}

  /** Opens the app and waits until the guide and its cells are on screen. */
  async goto(appUrl: string, query?: Record<string, string>, hash?: string): Promise<void> {
    const url = new URL(appUrl);
    for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value);
    if (hash) url.hash = hash;
    await this.page.goto(url.toString());
    await expect(this.page.getByRole('heading', { level: 1, name: 'Credentials Notebook' })).toBeVisible();
    await expect(this.cell('Setup')).toBeVisible();
    // The guide paints before start-up ends; the cells can run once the Run buttons are enabled.
    await expect(this.runButton('Setup')).toBeEnabled();
  }

  /** The badge that says which mode the notebook is in. */
  modeBadge(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^(Demo|Live) mode/ });
  }

  toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Notebook' });
  }

  cell(name: CellName): Locator {
    return this.page.getByRole('article', { name, exact: true });
  }

  runButton(name: CellName): Locator {
    return this.cell(name).getByRole('button', { name: `Run ${name}`, exact: true });
  }

  async run(name: CellName): Promise<void> {
    await this.runButton(name).click();
  }

  async runAll(): Promise<void> {
    await this.toolbar().getByRole('button', { name: 'Run all', exact: true }).click();
  }

  async restart(): Promise<void> {
    await this.toolbar().getByRole('button', { name: 'Restart', exact: true }).click();
  }

  /** The cell's status, shown beside its title as an icon and words ("✓ Succeeded", "✕ Failed", …). */
  status(name: CellName): Locator {
    return this.cell(name).getByText(
      /^\W+(Not run yet|Running…|Succeeded|Failed|Cancelled|Waiting for earlier cells)$/,
    );
  }

  async expectCellSucceeded(name: CellName): Promise<void> {
    await expect(this.status(name)).toHaveText(/Succeeded$/, { timeout: 10_000 });
  }

  async expectCellFailed(name: CellName): Promise<void> {
    await expect(this.status(name)).toHaveText(/Failed$/, { timeout: 10_000 });
  }

  async expectAllSucceeded(): Promise<void> {
    for (const name of cellNames) await this.expectCellSucceeded(name);
  }

  /** Jupyter's `[n]:` prompt beside the cell's title (`[ ]:` before it has run, `[*]:` while running). */
  executionPrompt(name: CellName): Locator {
    return this.cell(name).getByText(/^\[[\d* ]*\]:$/);
  }

  /** The troubleshooting card under a cell: a region named "Error: <title>" or "Warning: <title>". */
  card(name: CellName): Locator {
    return this.cell(name).getByRole('region', { name: /^(Error|Warning): / });
  }

  /** Waits for the card under a cell and checks its title by its accessible name ("Error: <title>"). */
  async expectCard(name: CellName, title: RegExp): Promise<Locator> {
    const card = this.card(name);
    await expect(card).toBeVisible({ timeout: 10_000 });
    await expect(card.getByRole('heading').first()).toHaveAccessibleName(title);
    return card;
  }

  /** The calm note a cell shows when it was run before the cells it needs (not a failure, so not a card). */
  missingCellsNote(name: CellName): Locator {
    return this.cell(name).getByRole('region', { name: 'Run the earlier cells first', exact: true });
  }

  async tryAgain(name: CellName): Promise<void> {
    await this.card(name).getByRole('button', { name: 'Try again', exact: true }).click();
  }

  /** The value of a "label: value" fact in a cell's output or card (a <dt>/<dd> pair). */
  fact(scope: Locator, label: string): Locator {
    return scope
      .getByRole('term')
      .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  // Configure's inputs.
  serverKeyChoice(): Locator {
    return this.cell('Configure').getByRole('radio', { name: /^The server's MONAI_API_KEY/ });
  }

  /** Demo mode's stand-in for a server key: not anyone's MONAI_API_KEY, only the simulated API accepts it. */
  demoKeyChoice(): Locator {
    return this.cell('Configure').getByRole('radio', { name: /^The demo's stand-in key/ });
  }

  /** The line inside a cell that says its answer was simulated and its key not checked (demo mode). */
  simulatedNote(name: CellName): Locator {
    return this.cell(name).getByRole('note').filter({ hasText: 'Simulated (demo mode), key not checked:' });
  }

  pastedKeyChoice(): Locator {
    return this.cell('Configure').getByRole('radio', { name: 'A key I paste here', exact: true });
  }

  keyField(): Locator {
    return this.cell('Configure').getByLabel('NGC API key', { exact: true });
  }

  /** Chooses "A key I paste here" and types the key, as a learner pasting it would. */
  async pasteKey(key: string): Promise<void> {
    await this.pastedKeyChoice().check();
    await this.keyField().fill(key);
  }

  orgField(): Locator {
    return this.cell('Base URL and headers').getByRole('textbox', { name: 'Organization (ngc_org)' });
  }

  demoScenarioPicker(): Locator {
    return this.page.getByRole('combobox', { name: 'Demo scenario' });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
