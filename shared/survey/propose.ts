// Proposes how a questionnaire sheet's columns are read, from its headers and cells: the ID
// column, ranked groups ("Längst 1", "Längst 2", "Längst 3" -> "Längst"), short categorical
// columns as attributes and long free text as open questions. The user confirms or edits it.
import { labelKey, readAreaCell, type Area } from './areas';
import type { RankedQuestion, SurveyMapping } from './types';

/** "Längst 1", "Behov1", "Längst_2", "Q3.1": a stem, a separator, then the alternative's number. */
const NUMBERED = /^(.*?[^\s_.-])[\s_.-]*(\d{1,2})$/u;

/** Header texts that name a respondent ID column. */
const ID_NAMES = new Set([
  'id',
  'idnr',
  'idnummer',
  'respondent',
  'respondentid',
  'respondentnr',
  'respondentnummer',
  'resp',
  'respnr',
  'löpnr',
  'löpnummer',
  'nr',
  'nummer',
  'enkät',
  'enkätnr',
  'enkätid',
]);

/** A column is categorical when it repeats a few short values. */
const MAX_CATEGORIES = 20;
const MAX_CATEGORY_CHARS = 60;
/** A column is free text when its answers are long (or some are very long). */
const TEXT_AVERAGE_CHARS = 20;
const TEXT_LONGEST_CHARS = 50;

interface ColumnStats {
  values: string[];
  distinct: number;
  average: number;
  longest: number;
}

function stats(rows: readonly string[][], index: number): ColumnStats {
  const values = rows.map((r) => (r[index] ?? '').trim()).filter((v) => v !== '');
  const lengths = values.map((v) => v.length);
  return {
    values,
    distinct: new Set(values).size,
    average: lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : 0,
    longest: Math.max(0, ...lengths),
  };
}

/** Most answers read as areas (a few bad cells still propose the group, so they get listed). */
function looksLikeAreas(values: string[], areas: readonly Area[]): boolean {
  if (values.length === 0) return true;
  const read = values.filter((v) => readAreaCell(v, areas).kind === 'area').length;
  return read / values.length >= 0.5;
}

function rankedGroups(
  header: readonly string[],
  usable: (i: number) => boolean,
  rows: readonly string[][],
  areas: readonly Area[],
): RankedQuestion[] {
  const groups = new Map<string, { name: string; members: { n: number; index: number }[] }>();
  header.forEach((h, index) => {
    const m = usable(index) ? NUMBERED.exec(h) : null;
    if (!m?.[1]) return;
    const key = labelKey(m[1]);
    const group = groups.get(key) ?? { name: m[1].trim(), members: [] };
    group.members.push({ n: Number(m[2]), index });
    groups.set(key, group);
  });
  const out: RankedQuestion[] = [];
  for (const g of groups.values()) {
    const numbers = new Set(g.members.map((m) => m.n));
    if (g.members.length < 2 || numbers.size !== g.members.length) continue;
    g.members.sort((a, b) => a.n - b.n);
    const values = g.members.flatMap((m) => stats(rows, m.index).values);
    if (!looksLikeAreas(values, areas)) continue;
    out.push({ name: g.name, columns: g.members.map((m) => header[m.index] ?? '') });
  }
  return out;
}

function guessId(
  header: readonly string[],
  free: number[],
  rows: readonly string[][],
): string | null {
  const complete = (i: number) => {
    const s = stats(rows, i);
    return s.values.length === rows.length && s.distinct === rows.length;
  };
  const named = free.find((i) => ID_NAMES.has(labelKey(header[i] ?? '')));
  if (named !== undefined) return header[named] ?? null;
  const unique = free.find(complete);
  return unique !== undefined ? (header[unique] ?? null) : null;
}

export function proposeMapping(
  header: readonly string[],
  rows: readonly string[][],
  areas: readonly Area[],
): SurveyMapping {
  // A blank or repeated header cannot be told apart by name, so it is never proposed.
  const counts = new Map<string, number>();
  for (const h of header) counts.set(h, (counts.get(h) ?? 0) + 1);
  const usable = (i: number) => {
    const h = header[i] ?? '';
    return h.trim() !== '' && counts.get(h) === 1;
  };
  const ranked = rankedGroups(header, usable, rows, areas);
  const inRanked = new Set(ranked.flatMap((q) => q.columns));
  const free = header.map((_, i) => i).filter((i) => usable(i) && !inRanked.has(header[i] ?? ''));
  const idColumn = guessId(header, free, rows);
  const attributes: string[] = [];
  const text: string[] = [];
  for (const i of free) {
    const name = header[i] ?? '';
    if (name === idColumn) continue;
    const s = stats(rows, i);
    if (s.values.length === 0) continue;
    // Some value must repeat: a column of names or comments, all different, is no category.
    const categorical =
      s.distinct <= MAX_CATEGORIES &&
      s.distinct < s.values.length &&
      s.longest <= MAX_CATEGORY_CHARS;
    if (categorical) attributes.push(name);
    else if (s.average >= TEXT_AVERAGE_CHARS || s.longest >= TEXT_LONGEST_CHARS) text.push(name);
  }
  return { idColumn: idColumn ?? '', attributes, ranked, text };
}
