// Krippendorff's alpha family for unitised continua (Krippendorff, Mathet, Bouvry & Widlöcher 2016,
// "On the reliability of unitizing textual continua"; Krippendorff 2019, section 12.6): each coder
// cuts the same text into stretches carrying a value or none (a gap). uα: boundaries and values;
// |uα: coded versus not coded; cuα: the values where coders' coded stretches intersect. Pure.
import type { CoefficientResult } from './coefficients';

/** A stretch [start, end) of one coder's partition; value null is a gap (nothing coded). */
export interface Span {
  value: string | null;
  start: number;
  end: number;
}

export interface UnitizedAlpha {
  /** uα, nominal: the whole partition, gaps included. */
  u: CoefficientResult;
  /** |uα: the binary distinction between coded matter and gaps, whatever the value. */
  binary: CoefficientResult;
  /** cuα, nominal: the coding of the stretches that coders' coded units share. */
  cu: CoefficientResult;
}

/**
 * A coder's stretches on [0, length) with the gaps between them filled in. `units` must be sorted
 * and not overlap each other (one value per character and coder).
 */
export function partition(units: readonly Span[], length: number): Span[] {
  const out: Span[] = [];
  let at = 0;
  for (const u of units) {
    if (u.end <= u.start) continue;
    if (u.start > at) out.push({ value: null, start: at, end: u.start });
    out.push(u);
    at = u.end;
  }
  if (at < length) out.push({ value: null, start: at, end: length });
  return out;
}

const add = (arr: Float64Array, i: number, x: number) => {
  arr[i] = (arr[i] ?? 0) + x;
};

const result = (observed: number, expected: number, total: number): CoefficientResult => {
  if (total <= 0) return { value: null, reason: 'no_units' };
  if (expected <= 0) return { value: null, reason: 'no_variation' };
  return { value: 1 - observed / expected, reason: null };
};

/**
 * The u-alpha family from m >= 2 partitions of the same continuum.
 *
 * Observed coincidences: l_ck = 1/(m-1) * sum over ordered pairs of coders i != j and their
 * stretches g (value c) and h (value k) of |g ∩ h|. Expected (eq. 4 of the 2016 paper):
 * e_ck = (l_c. l_.k - [c = k] S_c) / (l.. - S / l..), where S_c sums, over every coder's stretch of
 * value c, its length squared (a gap's length, not squared). uα = 1 - (l.. - Σ l_cc) / (l.. - Σ e_cc).
 * cuα keeps only coded-coded coincidences and corrects with the squared lengths of each coded
 * stretch that another coder's coded units cover, divided by m-1 (eq. 10).
 */
export function unitizedAlpha(partitions: readonly (readonly Span[])[]): UnitizedAlpha {
  const m = partitions.length;
  const none: CoefficientResult = { value: null, reason: 'no_units' };
  if (m < 2) return { u: none, binary: none, cu: none };
  const index = new Map<string | null, number>([[null, 0]]);
  for (const p of partitions)
    for (const s of p) if (!index.has(s.value)) index.set(s.value, index.size);
  const v = index.size;
  const l = Array.from({ length: v }, () => new Float64Array(v));
  const squares = new Float64Array(v);
  const covered = new Float64Array(v);
  const valueOf = (s: Span) => index.get(s.value) ?? 0;

  for (const p of partitions)
    for (const s of p) {
      const len = s.end - s.start;
      add(squares, valueOf(s), s.value === null ? len : len * len);
    }

  for (let i = 0; i < m; i++) {
    const pi = partitions[i] ?? [];
    for (let j = 0; j < m; j++) {
      const pj = partitions[j] ?? [];
      if (i === j) continue;
      const shared = new Float64Array(pi.length);
      let a = 0;
      let b = 0;
      while (a < pi.length && b < pj.length) {
        const g = pi[a] as Span;
        const h = pj[b] as Span;
        const overlap = Math.min(g.end, h.end) - Math.max(g.start, h.start);
        if (overlap > 0) {
          add(l[valueOf(g)] as Float64Array, valueOf(h), overlap / (m - 1));
          if (g.value !== null && h.value !== null) add(shared, a, overlap);
        }
        if (g.end <= h.end) a++;
        else b++;
      }
      pi.forEach((g, k) => {
        if (g.value !== null) add(covered, valueOf(g), (shared[k] ?? 0) ** 2 / (m - 1));
      });
    }
  }

  const margin = (c: number) => (l[c] as Float64Array).reduce((x, y) => x + y, 0);
  const margins = Array.from({ length: v }, (_, c) => margin(c));
  const total = margins.reduce((x, y) => x + y, 0);
  const diagonal = (c: number) => (l[c] as Float64Array)[c] ?? 0;

  // uα over every value, gaps included.
  const squareSum = squares.reduce((x, y) => x + y, 0);
  const denominator = total - squareSum / total;
  let expectedAgree = 0;
  let observedAgree = 0;
  for (let c = 0; c < v; c++) {
    expectedAgree += ((margins[c] ?? 0) ** 2 - (squares[c] ?? 0)) / denominator;
    observedAgree += diagonal(c);
  }
  const u = result(total - observedAgree, total - expectedAgree, total);

  // |uα: gap against everything coded, from the same matrices collapsed to two values.
  const gaps = margins[0] ?? 0;
  const binary = result(2 * (gaps - diagonal(0)), (2 * gaps * (total - gaps)) / denominator, total);

  // cuα: coded against coded only.
  const coded = Array.from({ length: v }, (_, c) =>
    c === 0 ? 0 : (margins[c] ?? 0) - ((l[c] as Float64Array)[0] ?? 0),
  );
  const codedTotal = coded.reduce((x, y) => x + y, 0);
  const coveredSum = covered.reduce((x, y) => x + y, 0);
  const codedDenominator = codedTotal - coveredSum / codedTotal;
  let codedExpected = 0;
  let codedObserved = 0;
  for (let c = 1; c < v; c++) {
    codedExpected += ((coded[c] ?? 0) ** 2 - (covered[c] ?? 0)) / codedDenominator;
    codedObserved += diagonal(c);
  }
  const cu = result(codedTotal - codedObserved, codedTotal - codedExpected, codedTotal);
  return { u, binary, cu };
}
