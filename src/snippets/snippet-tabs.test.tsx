// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnippetTabs } from './snippet-tabs.tsx';

afterEach(cleanup);

const PYTHON = 'response = requests.post(f"{api_url}/login", json={"ngc_api_key": ngc_api_key})';
const HOST = 'http://127.0.0.1:8081';

function renderTabs() {
  return render(
    <SnippetTabs
      title="Login"
      notebookCode={PYTHON}
      snippets={{ python: `host_url = "${HOST}"`, bash: `host_url="${HOST}"`, typescript: `const hostUrl = '${HOST}';` }}
    />,
  );
}

/** The code the user sees: the one panel that is not hidden. */
function visibleCode(): string {
  const panel = screen.getByRole('tabpanel');
  return panel.querySelector('pre code')?.textContent ?? '';
}

function stubClipboard() {
  const writeText = vi.fn(async (_text: string) => {});
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

describe('SnippetTabs', () => {
  it('is a labelled tablist whose first tab shows the notebook cell’s own code', () => {
    renderTabs();
    const tablist = screen.getByRole('tablist', { name: 'Login code' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Notebook cell', 'Python', 'curl', 'TypeScript']);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false']);
    // One tab stop: only the selected tab is in the tab order.
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1]);
    const panel = screen.getByRole('tabpanel', { name: 'Notebook cell' });
    expect(tabs[0]?.getAttribute('aria-controls')).toBe(panel.id);
    expect(visibleCode()).toBe(PYTHON);
  });

  it('switches tabs by click', async () => {
    const user = userEvent.setup();
    renderTabs();
    await user.click(screen.getByRole('tab', { name: 'curl' }));
    expect(screen.getByRole('tab', { name: 'curl' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'curl' })).toBeTruthy();
    expect(visibleCode()).toBe(`host_url="${HOST}"`);
  });

  it.each([
    ['ArrowRight', 'Python', 'curl'],
    ['ArrowRight', 'TypeScript', 'Notebook cell'],
    ['ArrowLeft', 'Notebook cell', 'TypeScript'],
    ['ArrowLeft', 'curl', 'Python'],
    ['End', 'Notebook cell', 'TypeScript'],
    ['Home', 'TypeScript', 'Notebook cell'],
  ])('%s from %s selects and focuses %s', async (key, from, to) => {
    const user = userEvent.setup();
    renderTabs();
    await user.click(screen.getByRole('tab', { name: from }));
    await user.keyboard(`{${key}}`);
    const tab = screen.getByRole('tab', { name: to });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tab.id);
  });

  it('reaches the TypeScript fetch from the keyboard alone', async () => {
    const user = userEvent.setup();
    renderTabs();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Notebook cell' }));
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(visibleCode()).toBe(`const hostUrl = '${HOST}';`);
  });

  it('keeps its arrow keys from page-level shortcuts, and leaves other keys alone', () => {
    const onPageKey = vi.fn();
    document.addEventListener('keydown', onPageKey);
    try {
      renderTabs();
      const tab = screen.getByRole('tab', { name: 'Notebook cell' });
      fireEvent.keyDown(tab, { key: 'ArrowRight' });
      expect(onPageKey).not.toHaveBeenCalled();
      fireEvent.keyDown(screen.getByRole('tab', { name: 'curl' }), { key: 'PageDown' });
      expect(onPageKey).toHaveBeenCalledTimes(1);
    } finally {
      document.removeEventListener('keydown', onPageKey);
    }
  });

  it.each([
    ['Notebook cell', 'Copy Login code', PYTHON],
    ['Python', 'Copy Login Python code', 'host_url = '],
    ['curl', 'Copy Login curl code', 'host_url='],
    ['TypeScript', 'Copy Login TypeScript code', 'const hostUrl'],
  ])('the copy button on the %s tab copies that snippet', async (tabName, buttonName, expected) => {
    const user = userEvent.setup();
    renderTabs();
    const writeText = stubClipboard();
    await user.click(screen.getByRole('tab', { name: tabName }));
    // Only the visible panel's button is exposed, so its name is unique on the page.
    await user.click(screen.getByRole('button', { name: buttonName }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]?.[0]).toBe(visibleCode());
    expect(visibleCode()).toContain(expected);
    expect(screen.getAllByRole('button', { name: /^Copy / })).toHaveLength(1);
  });
});
