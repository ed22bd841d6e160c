// The rest of the guide waits for the first paint to be on screen, and never longer than a moment.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstContentfulPaint } from './after-first-paint.ts';

type Listener = (list: { getEntriesByName(name: string): unknown[] }) => void;

/** A PerformanceObserver that reports paints when the test says the browser painted. */
function fakePaintObserver() {
  const listeners: Listener[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly listener: Listener) {}
    observe() {
      listeners.push(this.listener);
    }
    disconnect() {
      listeners.splice(listeners.indexOf(this.listener), 1);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint(name: string) {
      for (const listener of [...listeners])
        listener({ getEntriesByName: (wanted) => (wanted === name ? [{}] : []) });
    },
    get observing() {
      return listeners.length;
    },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstContentfulPaint', () => {
  it('runs once the first contentful paint is reported, not at the first (blank) paint', () => {
    const browser = fakePaintObserver();
    const run = vi.fn();
    afterFirstContentfulPaint(run);
    browser.paint('first-paint');
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    browser.paint('first-contentful-paint');
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    expect(browser.observing).toBe(0);
  });

  it('runs anyway after 1.5 s when no paint is reported (a background tab)', () => {
    fakePaintObserver();
    const run = vi.fn();
    afterFirstContentfulPaint(run);
    vi.advanceTimersByTime(1499);
    expect(run).not.toHaveBeenCalled();
    // The timer that gives up, then the task the work runs in.
    vi.advanceTimersByTime(2);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once where paints cannot be observed', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const run = vi.fn();
    afterFirstContentfulPaint(run);
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled (the guide unmounted)', () => {
    const browser = fakePaintObserver();
    const run = vi.fn();
    afterFirstContentfulPaint(run)();
    browser.paint('first-contentful-paint');
    vi.advanceTimersByTime(2000);
    expect(run).not.toHaveBeenCalled();
  });
});
