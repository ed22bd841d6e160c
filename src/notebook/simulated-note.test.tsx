// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SIMULATED_LEAD, SimulatedNote } from './simulated-note.tsx';

afterEach(cleanup);

const detail = 'this token was made up in your browser and works only in this demo.';

describe('SimulatedNote', () => {
  it('in the notebook, shows the whole note', () => {
    render(<SimulatedNote detail={detail} />);
    expect(screen.getByRole('note').textContent).toBe(`◇ ${SIMULATED_LEAD} ${detail}`);
  });

  it('compact (a slide), shows one short line that still says "Simulated"; screen readers get the whole note', () => {
    render(<SimulatedNote detail={detail} compact />);
    const note = screen.getByRole('note');
    const shown = note.querySelector('[aria-hidden="true"]');
    expect(shown?.textContent).toBe('◇ Simulated, key not checked');
    const read = note.querySelector('.visually-hidden');
    expect(read?.textContent).toBe(`${SIMULATED_LEAD} ${detail}`);
    // Nothing else is shown: the detail is not on screen.
    expect(note.textContent).toBe(`${shown?.textContent}${read?.textContent}`);
  });
});
