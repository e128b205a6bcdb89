import { describe, expect, it } from 'vitest';
import { formatCount, formatPct, percentOf, roundHalfUp } from '../../../../shared/tables/format';

describe('roundHalfUp', () => {
  it.each([
    [34.25, 1, 34.3], // stored as 34.2499999...: a naive toFixed prints 34.2
    [34.249, 1, 34.2],
    [0.05, 1, 0.1],
    [1.005, 2, 1.01],
    [-2.25, 1, -2.3], // half away from zero
    [(1 / 3) * 100, 1, 33.3],
    [(2 / 3) * 100, 1, 66.7],
    [100, 1, 100],
    [0, 1, 0],
  ])('%d to %d decimals is %d', (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });
});

describe('formatPct', () => {
  it.each<[number | null, 'sv' | 'en', string]>([
    [34.25, 'sv', '34,3'],
    [34.25, 'en', '34.3'],
    [(1 / 3) * 100, 'sv', '33,3'],
    [100, 'sv', '100,0'],
    [0, 'en', '0.0'],
    [null, 'sv', ''],
    [Number.NaN, 'en', ''],
  ])('%s in %s is "%s"', (pct, language, expected) => {
    expect(formatPct(pct, language)).toBe(expected);
  });
});

describe('formatCount and percentOf', () => {
  it('groups only large counts, with the language mark', () => {
    expect(formatCount(1234, 'sv')).toBe('1234');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'sv').replace(/\s/g, ' ')).toBe('12 345');
  });

  it('has no percent of an empty base', () => {
    expect(percentOf(3, 0)).toBeNull();
    expect(percentOf(1, 4)).toBe(25);
  });
});
