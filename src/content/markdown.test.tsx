// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { guideSections } from './guide.ts';
import { Markdown } from './markdown.tsx';

afterEach(cleanup);

describe('Markdown', () => {
  it.each([
    ['### Open the setup page', 'h3', 'open-the-setup-page'],
    ['#### What is `nvapi-`?', 'h4', 'what-is-nvapi-'],
    ['## Base URL *and* headers', 'h2', 'base-url-and-headers'],
  ])('gives %j an id for deep links', (text, tag, id) => {
    const { container } = render(<Markdown text={text} />);
    expect(container.querySelector(tag)?.id).toBe(id);
  });

  it('keeps in-page links in the page', () => {
    render(<Markdown text="Run the [login cell](#testing-your-credentials) again." />);
    const link = screen.getByRole('link', { name: 'login cell' });
    expect(link.getAttribute('href')).toBe('#testing-your-credentials');
    expect(link.hasAttribute('target')).toBe(false);
  });

  it.each([
    ['[NGC](https://ngc.nvidia.com/setup)', 'NGC (opens in a new tab)'],
    ['See https://ngc.nvidia.com/setup for more.', 'https://ngc.nvidia.com/setup (opens in a new tab)'],
  ])('opens external links in a new tab, safely, and says so: %j', (text, name) => {
    render(<Markdown text={text} />);
    const link = screen.getByRole('link', { name });
    expect(link.getAttribute('href')).toBe('https://ngc.nvidia.com/setup');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('renders a plain fenced block as a highlighted, copyable code block', () => {
    const { container } = render(
      <Markdown text={'Add:\n\n```bash\nexport MONAI_API_KEY=<Your NGC API Key>\n```'} />,
    );
    expect(container.querySelector('pre code')?.textContent).toBe('export MONAI_API_KEY=<Your NGC API Key>');
    expect(container.querySelector('.tok-keyword')?.textContent).toBe('export');
    expect(screen.getByRole('button', { name: 'Copy bash code' })).toBeTruthy();
  });

  it('renders a fence with no language as code with a generic copy button', () => {
    const { container } = render(<Markdown text={'```\nplain\n```'} />);
    expect(container.querySelector('pre code')?.textContent).toBe('plain');
    expect(screen.getByRole('button', { name: 'Copy code' })).toBeTruthy();
  });

  it('leaves inline code inline', () => {
    const { container } = render(<Markdown text="Set `MONAI_API_KEY` first." />);
    expect(container.querySelector('p code')?.textContent).toBe('MONAI_API_KEY');
    expect(container.querySelector('pre')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows raw HTML as text instead of running it', () => {
    const text = 'Hello <script>alert("x")</script>\n\n<img src="x" onerror="alert(1)">\n\n<b>bold?</b>';
    const { container } = render(<Markdown text={text} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<script>alert("x")</script>');
    expect(container.textContent).toContain('<img src="x" onerror="alert(1)">');
  });

  it('drops javascript: URLs', () => {
    render(<Markdown text="[click me](javascript:alert(1))" />);
    const href = screen.getByText('click me').closest('a')?.getAttribute('href') ?? '';
    expect(href).not.toMatch(/javascript/i);
  });

  it('supports GitHub-flavoured tables', () => {
    render(<Markdown text={'| Key | Starts with |\n| --- | --- |\n| personal | `nvapi-` |'} />);
    expect(screen.getByRole('table')).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'nvapi-' })).toBeTruthy();
  });

  it('renders every guide section so that each link goes where it should', () => {
    const texts = guideSections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'markdown' ? [b.text] : [])),
    );
    const { container } = render(
      <>
        {texts.map((text, i) => (
          <Markdown key={i} text={text} />
        ))}
      </>,
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const external = /^https?:/.test(link.getAttribute('href') ?? '');
      expect(link.getAttribute('target')).toBe(external ? '_blank' : null);
    }
    expect(container.querySelectorAll('pre code').length).toBe(2); // the bash export and the Python example
  });
});
