// axe-core through Playwright, as every accessibility check in the e2e specs runs it.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Every axe rule in the light theme; in the dark theme only the colour rules, the rest being the same. */
export async function expectNoAxeViolations(
  page: Page,
  include?: string,
  schemes: readonly ('light' | 'dark')[] = ['light', 'dark'],
) {
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    let axe = new AxeBuilder({ page });
    if (include) axe = axe.include(include);
    if (colorScheme === 'dark') axe = axe.withRules(['color-contrast', 'link-in-text-block']);
    const results = await axe.analyze();
    expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(0);
    const violations = results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
    expect(violations, `${colorScheme} theme`).toEqual([]);
  }
}
