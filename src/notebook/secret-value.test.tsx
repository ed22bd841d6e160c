// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PresenterProvider, usePresenter } from '../presenter/presenter-context.tsx';
import { SecretValue } from './secret-value.tsx';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlLXRoYXQtaXMtbG9uZw';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

/** Stands in for the top bar's Presenting switch. */
function PresentingSwitch() {
  const { presenting, setPresenting } = usePresenter();
  return (
    <label>
      <input type="checkbox" checked={presenting} onChange={(event) => setPresenting(event.target.checked)} />
      Presenting
    </label>
  );
}

function renderSecret(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  return render(
    <PresenterProvider>
      <PresentingSwitch />
      <SecretValue label="token" value={TOKEN} />
    </PresenterProvider>,
  );
}

describe('SecretValue', () => {
  it('shows the value only after Reveal, when nobody is presenting', async () => {
    const { container } = renderSecret();
    expect(container.textContent).not.toContain(TOKEN);
    await userEvent.click(screen.getByRole('button', { name: 'Reveal token' }));
    expect(container.querySelector('[data-revealed="true"]')?.textContent).toBe(TOKEN);
    expect(screen.getByRole('button', { name: 'Hide token' })).toHaveProperty('ariaPressed', 'true');
  });

  it('keeps Reveal off in presenter mode (?present=1), and says why', async () => {
    const { container } = renderSecret('?present=1');
    const reveal = screen.getByRole('button', { name: 'Reveal token' });
    expect(reveal.getAttribute('aria-disabled')).toBe('true');
    expect(reveal.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(reveal.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Reveal is off while secrets are locked.',
    );
    await userEvent.click(reveal);
    expect(container.textContent).not.toContain(TOKEN);
  });

  it('masks a revealed value as soon as Presenting is switched on, and keeps it masked after', async () => {
    const { container } = renderSecret();
    await userEvent.click(screen.getByRole('button', { name: 'Reveal token' }));
    expect(container.textContent).toContain(TOKEN);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Presenting' }));
    expect(container.textContent).not.toContain(TOKEN);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Presenting' }));
    expect(container.textContent).not.toContain(TOKEN);
    expect(screen.getByRole('button', { name: 'Reveal token' }).getAttribute('aria-disabled')).toBeNull();
  });
});
