// Published values: the coefficients reproduce the worked examples of the papers that define them.
import { describe, expect, it } from 'vitest';
import {
  binaryAgreement,
  cohenKappa,
  fleissKappa,
  krippendorffAlpha,
  percentAgreement,
  type AlphaUnit,
} from '../../../../shared/agreement/coefficients';

/** Reliability data as printed (observers x units, '.' missing) -> units with their values. */
function unitsOf(rows: readonly string[]): AlphaUnit[] {
  const cells = rows.map((r) => r.trim().split(/\s+/));
  const width = cells[0]?.length ?? 0;
  return Array.from({ length: width }, (_, u) => ({
    values: cells
      .map((row) => row[u] ?? '.')
      .filter((v) => v !== '.')
      .map(Number),
  }));
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: nominal data, any
// number of observers, missing data. Four observers, twelve units.
const SECTION_C = unitsOf([
  '1 2 3 3 2 1 4 1 2 . . .',
  '1 2 3 3 2 2 4 1 2 5 . 3',
  '. 3 3 3 2 3 4 2 2 5 1 .',
  '1 2 3 3 2 4 4 1 2 5 1 .',
]);

// Krippendorff (2011) section A (= 1980, p. 133): binary data, two observers, ten units.
const SECTION_A = unitsOf(['0 1 0 0 0 0 0 0 1 0', '0 1 1 0 0 1 0 1 0 0']);

// Fleiss (1971, p. 379): 30 patients, each diagnosed by 6 psychiatrists into 5 categories.
const FLEISS_1971 = [
  [4, 4, 4, 4, 4, 4],
  [2, 2, 2, 5, 5, 5],
  [2, 3, 3, 3, 3, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3],
  [3, 3, 3, 3, 5, 5],
  [1, 1, 3, 3, 3, 4],
  [1, 1, 4, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4],
  [1, 2, 4, 4, 4, 4],
  [2, 2, 2, 3, 3, 3],
  [1, 4, 4, 4, 4, 4],
  [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5],
  [1, 1, 1, 4, 5, 5],
  [1, 1, 1, 1, 1, 2],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 4, 4, 4, 4, 4],
  [2, 2, 4, 5, 5, 5],
  [1, 1, 4, 4, 4, 4],
  [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4],
  [1, 1, 1, 1, 5, 5],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 3, 3, 3],
  [5, 5, 5, 5, 5, 5],
].map((ratings) => [1, 2, 3, 4, 5].map((c) => ratings.filter((r) => r === c).length));

describe('Krippendorff alpha', () => {
  it.each([
    ['section C, nominal', SECTION_C, 'nominal', 0.743],
    ['section C, interval', SECTION_C, 'interval', 0.849],
    ['section A, binary', SECTION_A, 'nominal', 0.095],
    // Krippendorff (1980, p. 139): three observers, nine units, four values.
    [
      '1980 p. 139, nominal',
      unitsOf(['1 1 2 4 1 2 1 3 2', '1 2 2 4 4 2 2 3 2', '1 2 2 4 4 2 3 3 2']),
      'nominal',
      0.642,
    ],
    [
      '1980 p. 139, interval',
      unitsOf(['1 1 2 4 1 2 1 3 2', '1 2 2 4 4 2 2 3 2', '1 2 2 4 4 2 3 3 2']),
      'interval',
      0.547,
    ],
  ] as const)('%s', (_name, units, metric, published) => {
    const result = krippendorffAlpha(units, metric);
    expect(result.reason).toBeNull();
    expect(result.value).toBeCloseTo(published, 3);
  });

  it('weights stand for repeated units', () => {
    const repeated = [...SECTION_A, ...SECTION_A];
    const weighted = SECTION_A.map((u) => ({ ...u, weight: 2 }));
    expect(krippendorffAlpha(weighted).value).toBeCloseTo(
      krippendorffAlpha(repeated).value ?? NaN,
      12,
    );
  });

  it.each([
    ['no variation: every coder used one value', unitsOf(['1 1 1', '1 1 1']), 'no_variation'],
    ['nothing pairable: each unit has one value', unitsOf(['1 . 2', '. 3 .']), 'no_units'],
    ['no units at all', [], 'no_units'],
  ] as const)('is null, never NaN, with %s', (_name, units, reason) => {
    expect(krippendorffAlpha(units)).toEqual({ value: null, reason });
  });
});

describe("Cohen's kappa", () => {
  it('reproduces the SAS example (0.4842) of a 3x3 table', () => {
    expect(
      cohenKappa([
        [0, 4, 1],
        [0, 8, 0],
        [0, 1, 5],
      ]).value,
    ).toBeCloseTo(0.4842, 4);
  });

  it('differs from alpha on the 2x2 table of section A: kappa 0.091, alpha 0.095', () => {
    // Section A as a 2x2 table: A coded & B coded 1, A only 1, B only 3, neither 5.
    const kappa = cohenKappa([
      [1, 1],
      [3, 5],
    ]).value;
    // p_o = 0.6, p_e = 0.2 * 0.4 + 0.8 * 0.6 = 0.56: kappa = 0.04 / 0.44.
    expect(kappa).toBeCloseTo(0.04 / 0.44, 12);
    expect(kappa).toBeCloseTo(0.091, 3);
    expect(krippendorffAlpha(SECTION_A).value).toBeCloseTo(0.095, 3);
  });

  it('is null when both coders used one category throughout', () => {
    expect(
      cohenKappa([
        [0, 0],
        [0, 7],
      ]),
    ).toEqual({ value: null, reason: 'no_variation' });
    expect(cohenKappa([[0]])).toEqual({ value: null, reason: 'no_units' });
  });
});

describe("Fleiss' kappa", () => {
  it("reproduces Fleiss' own example (1971): kappa 0.430", () => {
    expect(FLEISS_1971.map((r) => r.reduce((a, b) => a + b))).toEqual(new Array(30).fill(6));
    expect(fleissKappa(FLEISS_1971).value).toBeCloseTo(0.43, 3);
    // irr::kappam.fleiss(diagnoses) prints 0.4302445 for the same data.
    expect(fleissKappa(FLEISS_1971).value).toBeCloseTo(0.4302445, 7);
  });

  it('reproduces the Wikipedia example (10 subjects, 14 raters): kappa 0.210', () => {
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table).value).toBeCloseTo(0.21, 3);
  });

  it('is null when every rating falls in one category', () => {
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]),
    ).toEqual({ value: null, reason: 'no_variation' });
  });
});

describe('binary agreement of m coders', () => {
  it('gives section A from its counts: kappa, alpha and percent', () => {
    // histogram[k]: units that k coders coded; only[i]: units coder i alone coded.
    const result = binaryAgreement({ histogram: [5, 4, 1], only: [1, 3] });
    expect(result).toMatchObject({ units: 10, both: 1, neither: 5, only: [1, 3] });
    expect(result.percentAgreement).toBe(60);
    expect(result.kappa?.value).toBeCloseTo(0.0909, 4);
    expect(result.fleissKappa).toBeNull();
    expect(result.alpha.value).toBeCloseTo(0.095, 3);
  });

  it('gives Fleiss for three coders and equals alpha on the full data', () => {
    // Three coders, 6 units: coded by 3, 3, 0, 0, 2 (coders 1, 2) and 1 (coder 3).
    const result = binaryAgreement({ histogram: [2, 1, 1, 2], only: [0, 0, 1] });
    const full = krippendorffAlpha(unitsOf(['1 1 0 0 1 0', '1 1 0 0 1 0', '1 1 0 0 0 1'])).value;
    expect(result.alpha.value).toBeCloseTo(full ?? NaN, 12);
    expect(result.kappa).toBeNull();
    expect(result.fleissKappa?.value).toBeCloseTo(
      fleissKappa([
        [0, 3],
        [0, 3],
        [3, 0],
        [3, 0],
        [1, 2],
        [2, 1],
      ]).value ?? NaN,
      12,
    );
    expect(result.percentAgreement).toBeCloseTo((4 / 6) * 100, 12);
  });

  it('is null, not NaN, for a code nobody applied', () => {
    const result = binaryAgreement({ histogram: [12, 0, 0], only: [0, 0] });
    expect(result.alpha).toEqual({ value: null, reason: 'no_variation' });
    expect(result.kappa).toEqual({ value: null, reason: 'no_variation' });
    expect(result.percentAgreement).toBe(100);
  });

  it('percent agreement is null without units', () => {
    expect(percentAgreement(0, 0)).toBeNull();
  });
});
