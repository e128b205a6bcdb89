import { describe, expect, it } from 'vitest';
import { partition, unitizedAlpha, type Span } from '../../../../shared/agreement/unitized';

const span = (value: string | null, start: number, end: number): Span => ({ value, start, end });

describe('partition', () => {
  it('fills the gaps before, between and after the coded stretches', () => {
    expect(partition([span('3', 2, 5), span('5', 7, 9)], 12)).toEqual([
      span(null, 0, 2),
      span('3', 2, 5),
      span(null, 5, 7),
      span('5', 7, 9),
      span(null, 9, 12),
    ]);
    expect(partition([], 4)).toEqual([span(null, 0, 4)]);
  });
});

describe('unitized alpha', () => {
  it('is 1 for identical partitions', () => {
    const p = partition([span('3', 2, 5), span('5', 7, 9)], 12);
    const r = unitizedAlpha([p, p, p]);
    expect(r.u.value).toBeCloseTo(1, 12);
    expect(r.binary.value).toBeCloseTo(1, 12);
    expect(r.cu.value).toBeCloseTo(1, 12);
  });

  it('reproduces the worked example of docs/agreement.md (two coders, areas 3 and 5)', () => {
    // A: 3 on [0,10), 5 on [10,20); B: 3 on [0,12), 5 on [12,20). l_33 = 20, l_35 = l_53 = 2,
    // l_55 = 16, l.. = 40; S = 10² + 10² + 12² + 8² = 408, so l.. - S / l.. = 29.8;
    // e_33 = (22² - 244) / 29.8, e_55 = (18² - 164) / 29.8; uα = 1 - 4 / (40 - e_33 - e_55).
    const a = [span('3', 0, 10), span('5', 10, 20)];
    const b = [span('3', 0, 12), span('5', 12, 20)];
    const expected = 1 - 4 / (40 - 240 / 29.8 - 160 / 29.8);
    const r = unitizedAlpha([a, b]);
    expect(r.u.value).toBeCloseTo(expected, 12);
    expect(r.u.value).toBeCloseTo(0.8495, 4);
    // Every coded character is covered by the other coder: cuα equals uα here.
    expect(r.cu.value).toBeCloseTo(expected, 12);
    // Nothing is left uncoded, so coded/uncoded has no variation.
    expect(r.binary).toEqual({ value: null, reason: 'no_variation' });
  });

  it('counts only the intersections of coded stretches for cuα', () => {
    // B leaves [0,4) uncoded: A's area-3 stretch is paired for 6 of its 10 characters.
    const a = [span('3', 0, 10), span('5', 10, 20)];
    const b = partition([span('3', 4, 10), span('5', 10, 20)], 20);
    const r = unitizedAlpha([a, b]);
    // Coded-coded coincidences: l_33 = 12, l_55 = 20; covered: A 6² + 10², B 6² + 10².
    expect(r.cu.value).toBeCloseTo(1, 12);
    // Gaps disagree for 4 characters (both directions): D_o = 8.
    expect(r.binary.value).not.toBeNull();
    expect(r.binary.value ?? 2).toBeLessThan(1);
  });

  it('reproduces the three-coder keyphrase example of an independent implementation (0.567)', () => {
    // zeljkobekcic/KrippendorffUnitizedAlpha, test data as given (one value plus gaps).
    const k = 'keyphrase';
    const r = unitizedAlpha([
      [span(null, 0, 2), span(k, 3, 14), span(null, 15, 21), span(k, 22, 52), span(null, 53, 55)],
      [span(null, 0, 2), span(k, 3, 9), span(null, 10, 21), span(k, 22, 52), span(null, 53, 55)],
      [span(null, 0, 21), span(k, 22, 45), span(null, 46, 55)],
    ]);
    expect(r.u.value).toBeCloseTo(0.5671992508994135, 12);
    // With one value besides the gaps, uα and |uα are the same distinction.
    expect(r.binary.value).toBeCloseTo(0.5671992508994135, 12);
    expect(r.cu).toEqual({ value: null, reason: 'no_variation' });
  });

  it('is null, not NaN, when nobody coded anything', () => {
    const r = unitizedAlpha([[span(null, 0, 10)], [span(null, 0, 10)]]);
    expect(r.binary).toEqual({ value: null, reason: 'no_variation' });
    expect(r.cu).toEqual({ value: null, reason: 'no_units' });
    expect(unitizedAlpha([[span(null, 0, 10)]]).u).toEqual({ value: null, reason: 'no_units' });
  });
});
