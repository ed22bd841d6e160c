// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loginRules } from '../../content/guides/credentials/cells/login.rules.ts';
import type { Failure } from './failure.ts';
import { TroubleshootingCard } from './troubleshooting-card.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const login401: Failure = {
  kind: 'http-error',
  step: 'login',
  status: 401,
  message: 'Unauthorized: Credentials error: Invalid NGC_API_KEY',
  html: false,
  durationMs: 312,
};

function factValue(card: HTMLElement, label: string): string | null | undefined {
  const term = within(card).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
}

describe('TroubleshootingCard', () => {
  it('shows a login 401 as an error, with what happened, the likely cause and the fix', () => {
    render(<TroubleshootingCard rules={loginRules} failure={login401} onRetry={() => {}} />);
    const card = screen.getByRole('region', { name: /^Error: The API did not accept your key$/ });
    expect(within(card).getByRole('heading', { name: /Error/, level: 4 })).toBeTruthy();
    expect(factValue(card, 'Status')).toBe('401 Unauthorized');
    expect(factValue(card, 'The API said')).toBe('Unauthorized: Credentials error: Invalid NGC_API_KEY');
    expect(factValue(card, 'Time taken')).toBe('312 ms');
    expect(within(card).getByRole('heading', { name: 'Likely cause' })).toBeTruthy();
    expect(within(card).getByRole('heading', { name: 'How to fix it' })).toBeTruthy();
    expect(within(card).getByText(/revokes the old one at once/)).toBeTruthy();
    expect(within(card).queryByRole('button', { name: 'Send anyway' })).toBeNull();
  });

  it('calls onRetry when "Try again" is pressed', async () => {
    const onRetry = vi.fn();
    render(<TroubleshootingCard rules={loginRules} failure={login401} onRetry={onRetry} />);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('keeps guide links in the page and opens outside links in a new tab', () => {
    render(<TroubleshootingCard rules={loginRules} failure={login401} onRetry={() => {}} />);
    const guideLink = screen.getByRole('link', { name: 'Refreshing your credentials' });
    expect(guideLink.getAttribute('href')).toBe('#refreshing-your-credentials');
    expect(guideLink.getAttribute('target')).toBeNull();
    const outside = screen.getByRole('link', { name: /NGC setup page/ });
    expect(outside.getAttribute('target')).toBe('_blank');
    expect(outside.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('offers "Send anyway" for a key of unknown shape, labelled as a warning', async () => {
    const onOverride = vi.fn();
    const failure: Failure = {
      kind: 'key-problem',
      problems: ['unknown-shape'],
      source: 'pasted',
      blocking: false,
    };
    render(<TroubleshootingCard failure={failure} onRetry={() => {}} onOverride={onOverride} />);
    expect(screen.getByRole('region', { name: /^Warning: / }).className).toContain('card--warning');
    await userEvent.click(screen.getByRole('button', { name: 'Send anyway' }));
    expect(onOverride).toHaveBeenCalledTimes(1);
  });

  it('renders extra actions after its own', () => {
    render(
      <TroubleshootingCard
        rules={loginRules}
        failure={login401}
        onRetry={() => {}}
        extraActions={<a href="#x">Open the guide</a>}
      />,
    );
    expect(screen.getByRole('link', { name: 'Open the guide' })).toBeTruthy();
  });

  it('counts down the Retry-After time of a 429, then says to try again now', () => {
    vi.useFakeTimers();
    const failure: Failure = { ...login401, status: 429, message: undefined, retryAfterSeconds: 30 };
    const { rerender } = render(
      <TroubleshootingCard rules={loginRules} failure={failure} onRetry={() => {}} />,
    );
    expect(screen.getByText('You can try again in 30 s.')).toBeTruthy();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByText('You can try again in 29 s.')).toBeTruthy();
    act(() => vi.advanceTimersByTime(29_000));
    expect(screen.getByText('You can try again now.')).toBeTruthy();
    // A new 429 starts the countdown over.
    rerender(<TroubleshootingCard rules={loginRules} failure={{ ...failure }} onRetry={() => {}} />);
    expect(screen.getByText('You can try again in 30 s.')).toBeTruthy();
  });

  it('never shows a key or token echoed in the upstream message', () => {
    const key = 'nvapi-' + 'k'.repeat(64);
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2ln';
    const failure: Failure = { ...login401, message: `Invalid key ${key}, token ${token}` };
    const { container } = render(
      <TroubleshootingCard rules={loginRules} failure={failure} onRetry={() => {}} />,
    );
    expect(container.textContent).not.toContain(key);
    expect(container.textContent).not.toContain(token.split('.')[0]);
    expect(container.textContent).toContain('Invalid key [hidden], token [hidden]');
  });

  it('compact (a projector slide): title, the first step and Try again in view; the rest behind a disclosure', () => {
    render(<TroubleshootingCard rules={loginRules} failure={login401} onRetry={() => {}} compact />);
    const card = screen.getByRole('region', { name: /^Error: The API did not accept your key$/ });
    const details = card.querySelector('details');
    expect(details?.open).toBe(false);
    expect(within(card).getByRole('heading', { name: 'How to fix it (step 1 of 4)' })).toBeTruthy();
    const firstStep = within(card).getByText(/is it still listed, and not expired/);
    expect(details?.contains(firstStep)).toBe(false);
    expect(details?.contains(within(card).getByRole('button', { name: 'Try again' }))).toBe(false);
    const summary = within(card).getByText('More about this card');
    expect(summary.tagName).toBe('SUMMARY');
    // Inside: the other steps (numbered on from 2), what happened and the likely cause, each under its heading.
    for (const part of ['More steps', 'What happened', 'Likely cause']) {
      expect(details?.contains(within(card).getByRole('heading', { name: part }))).toBe(true);
    }
    expect(details?.querySelector('ol')?.getAttribute('start')).toBe('2');
    expect(details?.contains(within(card).getByText(/revokes the old one at once/))).toBe(true);
    expect(factValue(card, 'Status')).toBe('401 Unauthorized');
  });
});
