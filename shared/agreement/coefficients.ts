// Agreement coefficients on coded units: percent agreement, Cohen's kappa (two coders), Fleiss'
// kappa (any number of coders, each unit rated by all) and Krippendorff's alpha (nominal or
// interval, any number of coders, missing values allowed). Pure; an undefined value is null.
// Definitions: Cohen (1960); Fleiss (1971); Krippendorff (2011) "Computing Krippendorff's
// Alpha-Reliability". Exact formulas and worked examples: docs/agreement.md.

export type AlphaMetric = 'nominal' | 'interval';
export type AlphaValue = string | number;

/** One unit of reliability data: the values the coders gave it (missing values left out). */
export interface AlphaUnit {
  values: readonly AlphaValue[];
  /** How many identical units this stands for (counts of patterns); 1 when left out. */
  weight?: number;
}

/** Why a coefficient has no value: nothing to compare, or no variation to measure against. */
export type UndefinedReason = 'no_units' | 'no_variation';

export interface CoefficientResult {
  value: number | null;
  reason: UndefinedReason | null;
}

const defined = (value: number): CoefficientResult => ({ value, reason: null });
const undefinedBecause = (reason: UndefinedReason): CoefficientResult => ({ value: null, reason });

/** Share of units (0-100) on which every coder agrees; null without units. */
export function percentAgreement(agreeing: number, units: number): number | null {
  return units > 0 ? (100 * agreeing) / units : null;
}

/**
 * Cohen's kappa from a square contingency table (rows: coder A's categories, columns: coder B's, in
 * the same order): (p_o - p_e) / (1 - p_e), p_e from the two coders' own margins.
 */
export function cohenKappa(table: readonly (readonly number[])[]): CoefficientResult {
  const k = table.length;
  let total = 0;
  let diagonal = 0;
  const rows = new Array<number>(k).fill(0);
  const cols = new Array<number>(k).fill(0);
  table.forEach((row, i) => {
    row.forEach((n, j) => {
      total += n;
      rows[i] = (rows[i] ?? 0) + n;
      cols[j] = (cols[j] ?? 0) + n;
      if (i === j) diagonal += n;
    });
  });
  if (total === 0) return undefinedBecause('no_units');
  const po = diagonal / total;
  let pe = 0;
  for (let i = 0; i < k; i++) pe += ((rows[i] ?? 0) / total) * ((cols[i] ?? 0) / total);
  if (pe >= 1) return undefinedBecause('no_variation');
  return defined((po - pe) / (1 - pe));
}

/**
 * Fleiss' kappa: each subject's row counts how many raters put it in each category; every subject
 * has the same number of ratings (at least two). `weights` repeats a row (a pattern's frequency).
 */
export function fleissKappa(
  subjects: readonly (readonly number[])[],
  weights?: readonly number[],
): CoefficientResult {
  let count = 0;
  let raters = -1;
  let agreementSum = 0;
  const categoryTotals: number[] = [];
  subjects.forEach((row, s) => {
    const w = weights?.[s] ?? 1;
    if (w === 0) return;
    const n = row.reduce((a, b) => a + b, 0);
    if (raters === -1) raters = n;
    if (n !== raters) throw new Error('Fleiss kappa needs the same number of ratings per subject.');
    let squares = 0;
    row.forEach((x, j) => {
      squares += x * x;
      categoryTotals[j] = (categoryTotals[j] ?? 0) + w * x;
    });
    agreementSum += (w * (squares - n)) / (n * (n - 1));
    count += w;
  });
  if (count === 0 || raters < 2) return undefinedBecause('no_units');
  const observed = agreementSum / count;
  let expected = 0;
  for (let j = 0; j < categoryTotals.length; j++)
    expected += ((categoryTotals[j] ?? 0) / (count * raters)) ** 2;
  if (expected >= 1) return undefinedBecause('no_variation');
  return defined((observed - expected) / (1 - expected));
}

const delta2 = (metric: AlphaMetric, a: AlphaValue, b: AlphaValue): number =>
  metric === 'nominal' ? (a === b ? 0 : 1) : (Number(a) - Number(b)) ** 2;

/**
 * Krippendorff's alpha from a coincidence matrix o (o[c][k], values in the order of `values`):
 * n_c = sum_k o_ck, n = sum_c n_c; D_o = sum o_ck d2_ck / n; D_e = sum n_c n_k d2_ck / (n (n - 1)).
 */
export function alphaFromCoincidences(
  o: readonly (readonly number[])[] | readonly Float64Array[],
  values: readonly AlphaValue[],
  metric: AlphaMetric = 'nominal',
): CoefficientResult {
  const v = values.length;
  const margins = new Array<number>(v).fill(0);
  let n = 0;
  for (let c = 0; c < v; c++)
    for (let k = 0; k < v; k++) {
      const x = o[c]?.[k] ?? 0;
      margins[c] = (margins[c] ?? 0) + x;
      n += x;
    }
  if (n < 2) return undefinedBecause('no_units');
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++)
    for (let k = 0; k < v; k++) {
      const d = delta2(metric, values[c] as AlphaValue, values[k] as AlphaValue);
      if (d === 0) continue;
      observed += (o[c]?.[k] ?? 0) * d;
      expected += (margins[c] ?? 0) * (margins[k] ?? 0) * d;
    }
  if (expected === 0) return undefinedBecause('no_variation');
  return defined(1 - ((n - 1) * observed) / expected);
}

/**
 * Adds one unit's values (indices into the value list, missing values left out) to a coincidence
 * matrix: every ordered pair of values from different coders adds weight / (m_u - 1) to o_ck.
 * Units with fewer than two values are not pairable and add nothing.
 */
export function addUnit(
  o: Float64Array[],
  values: ArrayLike<number>,
  count: number = values.length,
  weight = 1,
): void {
  if (count < 2 || weight === 0) return;
  const w = weight / (count - 1);
  for (let i = 0; i < count; i++)
    for (let j = 0; j < count; j++) {
      if (i === j) continue;
      const row = o[values[i] ?? 0];
      if (row) row[values[j] ?? 0] = (row[values[j] ?? 0] ?? 0) + w;
    }
}

/**
 * Krippendorff's alpha = 1 - D_o / D_e through the coincidence matrix (Krippendorff 2011): within
 * each unit with m_u >= 2 values, every ordered pair of values from different coders adds
 * 1 / (m_u - 1) to o_ck. Units with fewer than two values are not pairable and take no part.
 */
export function krippendorffAlpha(
  units: readonly AlphaUnit[],
  metric: AlphaMetric = 'nominal',
): CoefficientResult {
  const index = new Map<AlphaValue, number>();
  const values: AlphaValue[] = [];
  for (const unit of units)
    for (const v of unit.values)
      if (!index.has(v)) {
        index.set(v, values.length);
        values.push(v);
      }
  const o = values.map(() => new Float64Array(values.length));
  for (const unit of units)
    addUnit(
      o,
      unit.values.map((v) => index.get(v) ?? 0),
      unit.values.length,
      unit.weight ?? 1,
    );
  return alphaFromCoincidences(o, values, metric);
}

/**
 * How often each number of coders (0..m) applied a code to a unit, and how often each coder was the
 * only one: enough for every binary coefficient of m coders who all judged every unit.
 */
export interface BinaryTally {
  /** histogram[k]: units that exactly k of the m coders coded. */
  histogram: number[];
  /** only[i]: units that coder i alone coded. */
  only: number[];
}

export interface BinaryAgreement {
  units: number;
  both: number;
  only: number[];
  neither: number;
  percentAgreement: number | null;
  kappa: CoefficientResult | null;
  fleissKappa: CoefficientResult | null;
  alpha: CoefficientResult;
}

/**
 * Per code, coded or not by each of m coders on every unit: the counts, percent agreement (all
 * coders agree), Cohen's kappa (m = 2 only), Fleiss' kappa (m >= 3 only) and binary alpha.
 */
export function binaryAgreement(tally: BinaryTally): BinaryAgreement {
  const m = tally.histogram.length - 1;
  const units = tally.histogram.reduce((a, b) => a + b, 0);
  const both = tally.histogram[m] ?? 0;
  const neither = tally.histogram[0] ?? 0;
  const patterns = tally.histogram.map((_, k) => [m - k, k]);
  const alphaUnits = tally.histogram.map((weight, k) => ({
    values: [...new Array<number>(m - k).fill(0), ...new Array<number>(k).fill(1)],
    weight,
  }));
  // With two coders "only the first" is "the first and not the second": Cohen's off-diagonal.
  const onlyFirst = tally.only[0] ?? 0;
  const onlySecond = tally.only[1] ?? 0;
  return {
    units,
    both,
    only: tally.only,
    neither,
    percentAgreement: percentAgreement(both + neither, units),
    kappa:
      m === 2
        ? cohenKappa([
            [both, onlyFirst],
            [onlySecond, neither],
          ])
        : null,
    fleissKappa: m >= 3 ? fleissKappa(patterns, tally.histogram) : null,
    alpha: krippendorffAlpha(alphaUnits, 'nominal'),
  };
}
