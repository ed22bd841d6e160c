// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodeBlock } from './code-block.tsx';

afterEach(cleanup);

/** user-event installs its own clipboard on setup(); replace it with one whose calls the test can see. */
function stubClipboard(writeText: (text: string) => Promise<void>) {
  const spy = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: spy }, configurable: true });
  return spy;
}

describe('CodeBlock', () => {
  it('shows the code exactly, with highlighted tokens', () => {
    const code = 'import os\nkey = os.environ.get("MONAI_API_KEY")  # read it';
    const { container } = render(<CodeBlock code={code} language="python" />);
    expect(container.querySelector('pre code')?.textContent).toBe(code);
    expect(container.querySelector('.tok-keyword')?.textContent).toBe('import');
    expect(container.querySelector('.tok-string')?.textContent).toBe('"MONAI_API_KEY"');
    expect(container.querySelector('.tok-comment')?.textContent).toBe('# read it');
    expect(container.querySelector('code')?.className).toBe('language-python');
  });

  it('shows markup in code as text: nothing in a listing becomes an element', () => {
    const code = 'org = "<img src=x onerror=alert(1)>" # <b>&amp; \'quoted\'</b>\necho "<script>"';
    for (const language of ['python', 'bash', '']) {
      const { container, unmount } = render(<CodeBlock code={code} language={language} />);
      const listing = container.querySelector('pre code')!;
      expect(listing.textContent).toBe(code);
      expect(listing.querySelectorAll('img, b, script')).toHaveLength(0);
      expect([...listing.querySelectorAll('*')].every((element) => element.matches('span[class^="tok-"]'))).toBe(
        true,
      );
      unmount();
    }
  });

  it.each([
    [undefined, 'Copy code'],
    ['Login', 'Copy Login code'],
  ])('names the copy button after label %j', (label, name) => {
    render(<CodeBlock code="x = 1" language="python" label={label} />);
    expect(screen.getByRole('button', { name })).toHaveProperty('textContent', 'Copy');
  });

  it('copies the code and says "Copied" in words, then clears the message', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const writeText = stubClipboard(async () => {});
      render(<CodeBlock code={'export MONAI_API_KEY=<Your NGC API Key>'} language="bash" />);
      expect(screen.getByRole('status').textContent).toBe('');

      await user.click(screen.getByRole('button', { name: 'Copy code' }));
      expect(writeText).toHaveBeenCalledWith('export MONAI_API_KEY=<Your NGC API Key>');
      expect(screen.getByRole('status').textContent).toBe('Copied');
      // The button keeps its name, so a screen reader user can copy again.
      expect(screen.getByRole('button', { name: 'Copy code' })).toBeTruthy();

      await act(() => vi.advanceTimersByTimeAsync(2100));
      expect(screen.getByRole('status').textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['the clipboard refuses', () => stubClipboard(() => Promise.reject(new Error('NotAllowedError')))],
    [
      'there is no clipboard (plain http)',
      () => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }),
    ],
  ])('tells the user to copy by hand when %s', async (_case, setUpClipboard) => {
    const user = userEvent.setup();
    setUpClipboard();
    render(<CodeBlock code="print(1)" language="python" label="Verify" />);
    await user.click(screen.getByRole('button', { name: 'Copy Verify code' }));
    expect(screen.getByRole('status').textContent).toMatch(
      /Copy failed: select the code and copy it by hand/,
    );
  });

  it('renders unknown languages as plain text', () => {
    const { container } = render(<CodeBlock code="<b>not html</b>" language="html" />);
    expect(container.querySelector('pre code')?.innerHTML).toBe('&lt;b&gt;not html&lt;/b&gt;');
  });
});
