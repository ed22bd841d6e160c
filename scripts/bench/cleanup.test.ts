import { describe, expect, it } from 'vitest';
import { createCleanup } from './cleanup.ts';

describe('createCleanup', () => {
  it('stops everything newest first, and goes on past a stop that fails', async () => {
    const order: string[] = [];
    const errors: unknown[] = [];
    const cleanup = createCleanup((error) => errors.push(error));
    cleanup.defer(() => void order.push('fake upstream'));
    cleanup.defer(() => {
      throw new Error('app server would not close');
    });
    cleanup.defer(async () => void order.push('browser'));
    await cleanup.runAll();
    expect(order).toEqual(['browser', 'fake upstream']);
    expect(errors).toHaveLength(1);
  });

  it('runs a stop once when it was already run by hand', async () => {
    let stops = 0;
    const cleanup = createCleanup();
    const stopServer = cleanup.defer(() => void stops++);
    await stopServer();
    await stopServer();
    await cleanup.runAll();
    expect(stops).toBe(1);
  });
});
