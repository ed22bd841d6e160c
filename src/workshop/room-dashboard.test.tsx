// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoomSummary } from './room-protocol.ts';
import { RoomDashboard } from './room-dashboard.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const board: RoomSummary = {
  seq: 7,
  connected: 5,
  modes: { demo: 3, live: 2 },
  steps: [
    { step: 'setup', passed: 5, current: 0 },
    { step: 'login', passed: 1, current: 4 },
  ],
  stuck: [
    { card: 'login-unauthorized', count: 3 },
    { card: 'placeholder-key', count: 1 },
  ],
};

/** The dashboard's event stream answering with one summary and staying open; or a bare status. */
function serve(status: number, summary?: RoomSummary) {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (summary)
        controller.enqueue(new TextEncoder().encode(`event: summary\ndata: ${JSON.stringify(summary)}\n\n`));
    },
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(status === 200 ? stream : '{}', { status })),
  );
}

describe('RoomDashboard', () => {
  it('shows who is connected, the cards people are stuck on by title, most first, and each step', async () => {
    serve(200, board);
    render(<RoomDashboard />);
    const stuck = within(await screen.findByRole('list'));
    await vi.waitFor(
      () =>
        expect(stuck.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
          '3 on ‘The API did not accept your key’',
          '1 on ‘The placeholder was about to be sent as your key’',
        ]),
      { timeout: 10_000 }, // the card titles are a lazy import, slow on a busy machine
    );
    expect(screen.getByText(/connected \(3 in demo mode, 2 in live mode\)/)).toBeTruthy();
    expect(screen.getByRole('row', { name: 'Login 1 of 5 4' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/Live/);
  });

  it('tells a browser without the owner’s secret why it sees nothing', async () => {
    serve(403);
    render(<RoomDashboard />);
    expect(
      await screen.findByText(/Only the browser that started the workshop can see the dashboard/),
    ).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says how to start a workshop when none runs', async () => {
    serve(404);
    render(<RoomDashboard />);
    expect(await screen.findByText(/No workshop is running on this server/)).toBeTruthy();
  });
});
