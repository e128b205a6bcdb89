// Numbers as the report prints them: counts as integers, percents with one decimal and the UI
// language's decimal mark (Swedish 34,2; English 34.2). Rounding happens here and only here: the
// JSON form keeps percents unrounded.

export type NumberLanguage = 'sv' | 'en';

/**
 * Rounds half away from zero at `decimals`, as a statistics package prints. Floating point would
 * print 34.25 as 34.2 (it is stored as 34.2499...); trimming to 12 significant digits first removes
 * that representation error without touching real differences.
 */
export function roundHalfUp(value: number, decimals = 1): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

/** "34,2" (sv) or "34.2" (en); an empty string for a percent that has no base. */
export function formatPct(pct: number | null, language: NumberLanguage, decimals = 1): string {
  if (pct === null || !Number.isFinite(pct)) return '';
  const text = roundHalfUp(pct, decimals).toFixed(decimals);
  return language === 'sv' ? text.replace('.', ',') : text;
}

/** Counts with a thin grouping space in Swedish (1 234) and a comma in English (1,234). */
export function formatCount(n: number, language: NumberLanguage): string {
  return new Intl.NumberFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 0,
    useGrouping: n >= 10_000 || n <= -10_000 ? true : false,
  }).format(n);
}

/** A percent of `base` (0-100), or null when there is nothing to take it of. */
export function percentOf(n: number, base: number): number | null {
  return base > 0 ? (n / base) * 100 : null;
}
