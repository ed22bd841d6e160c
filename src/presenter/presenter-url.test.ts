import { describe, expect, it } from 'vitest';
import { clampSection, presenterRequested, sectionStep, urlWithPresenter } from './presenter-url.ts';

describe('presenter mode in the address', () => {
  it.each([
    ['', false],
    ['?present=1', true],
    ['?present=true', true],
    ['?present', true],
    ['?mode=demo&present=1', true],
    ['?present=0', false],
    ['?present=no', false],
    ['?presenter=1', false],
  ])('%j asks for presenter mode: %s', (search, expected) => {
    expect(presenterRequested(search)).toBe(expected);
  });

  it.each([
    ['http://app/?mode=demo#login', true, 'http://app/?mode=demo&present=1#login'],
    ['http://app/?mode=demo&present=1#login', false, 'http://app/?mode=demo#login'],
    ['http://app/', false, 'http://app/'],
  ])('%s with presenter mode %s is %s', (href, on, expected) => {
    expect(urlWithPresenter(href, on)).toBe(expected);
  });
});

describe('moving between sections', () => {
  it.each([
    ['ArrowRight', 1],
    ['PageDown', 1],
    ['ArrowLeft', -1],
    ['PageUp', -1],
    ['ArrowDown', 0],
    ['Enter', 0],
    [' ', 0],
  ] as const)('%j moves %d', (key, step) => {
    expect(sectionStep(key)).toBe(step);
  });

  it.each([
    [0, 1, 8, 1],
    [7, 1, 8, 7],
    [0, -1, 8, 0],
    [3, -1, 8, 2],
    [0, 1, 0, 0],
  ])('from %d by %d of %d sections lands on %d', (index, step, count, expected) => {
    expect(clampSection(index, step, count)).toBe(expected);
  });
});
