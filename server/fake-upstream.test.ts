import { afterEach, describe, expect, it } from 'vitest';
import { RECEIVED_KEPT, startFakeUpstream, type FakeUpstream } from './fake-upstream.ts';

let fake: FakeUpstream | undefined;
afterEach(async () => {
  await fake?.close();
});

describe('the fake upstream', () => {
  it('keeps only the latest requests, so a load run cannot fill its memory', async () => {
    fake = await startFakeUpstream();
    for (let i = 0; i < RECEIVED_KEPT + 10; i++)
      await (await fetch(`${fake.url}/api/v1/n${i}`)).arrayBuffer();
    const received = fake.received();
    expect(received).toHaveLength(RECEIVED_KEPT);
    expect(received[0]?.path).toBe('/api/v1/n10');
    expect(received.at(-1)?.path).toBe(`/api/v1/n${RECEIVED_KEPT + 9}`);
  });
});
