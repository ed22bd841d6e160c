import { afterEach, describe, expect, it } from 'vitest';
import { openPresenterChannel, parsePresenterMessage, type PresenterChannel } from './presenter-channel.ts';

describe('presenter channel messages', () => {
  it.each([
    [
      { type: 'slide', id: 'cell-login' },
      { type: 'slide', id: 'cell-login' },
    ],
    [
      { type: 'scenario', name: 'expired-key' },
      { type: 'scenario', name: 'expired-key' },
    ],
    [{ type: 'hello', extra: 1 }, { type: 'hello' }],
    [
      { type: 'state', slide: 'introduction', scenario: null },
      { type: 'state', slide: 'introduction', scenario: null },
    ],
  ])('accepts %j', (data, expected) => {
    expect(parsePresenterMessage(data)).toEqual(expected);
  });

  it.each([
    null,
    'slide',
    { type: 'slide' },
    { type: 'slide', id: '../x' },
    { type: 'slide', id: 'A'.repeat(5) },
    { type: 'scenario', name: 42 },
    { type: 'state', slide: 'x', scenario: 'nvapi-<key>' },
    { type: 'navigate', id: 'x' },
  ])('ignores %j', (data) => {
    expect(parsePresenterMessage(data)).toBeNull();
  });
});

describe('openPresenterChannel', () => {
  const opened: PresenterChannel[] = [];
  afterEach(() => opened.splice(0).forEach((channel) => channel.close()));

  it('delivers a message from one window to the other, and not back to itself', async () => {
    const projectorGot: unknown[] = [];
    const speakerGot: unknown[] = [];
    const projector = openPresenterChannel((message) => projectorGot.push(message));
    const speaker = openPresenterChannel((message) => speakerGot.push(message));
    opened.push(projector, speaker);
    speaker.post({ type: 'slide', id: 'cell-login' });
    await expect.poll(() => projectorGot).toEqual([{ type: 'slide', id: 'cell-login' }]);
    expect(speakerGot).toEqual([]);
  });
});
