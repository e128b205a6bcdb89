// The ranked multiple-response table of one questionnaire question, laid out as a statistics
// package prints it: one row per area of the codebook (zero rows kept), "Ej svar", "Total"; one
// column per alternative (count and % of respondents), then the mentions summed over the
// alternatives (% of all mentions, SPSS's "Pct of Responses") and the share of respondents who
// name the area in any alternative (SPSS's "Pct of Cases").
import { areaLabel, type Area } from '../survey/areas';
import { percentOf } from './format';
import type { ComputedTable, LineKind, TableCell, TableNote, TotalCheck } from './types';
import { rankedColumnLabel, tableWords } from './words';

export interface RankedAnswer {
  respondent: number;
  /** 1-based alternative (1st, 2nd, 3rd named). */
  rank: number;
  area: number;
}

export interface RankedInput {
  title: string;
  /** The codebook's numbered areas: one row each, in number order. */
  areas: readonly Area[];
  alternatives: number;
  /** The respondents counted (the base); answers of anyone else are left out. */
  respondents: readonly number[];
  answers: readonly RankedAnswer[];
  /** "Roll = Chef" when the table is one group of a split. */
  selection?: string | null;
  /** The questionnaire's name as the researcher gave it, written under the table. */
  survey?: string | null;
}

export function computeRankedTable(input: RankedInput): ComputedTable {
  const w = tableWords('sv');
  const base = new Set(input.respondents);
  const n = base.size;
  const alternatives = Array.from({ length: input.alternatives }, (_, i) => i + 1);
  // counts[rank][area]; answered[rank]: respondents with any answer there, known area or not.
  const counts = alternatives.map(() => new Map<number, number>());
  const answered = alternatives.map(() => new Set<number>());
  const naming = new Map<number, Set<number>>();
  const anyAnswer = new Set<number>();
  for (const a of input.answers) {
    const k = a.rank - 1;
    const count = counts[k];
    if (!base.has(a.respondent) || !count) continue;
    count.set(a.area, (count.get(a.area) ?? 0) + 1);
    answered[k]?.add(a.respondent);
    anyAnswer.add(a.respondent);
    const set = naming.get(a.area) ?? new Set<number>();
    set.add(a.respondent);
    naming.set(a.area, set);
  }
  const allAnswers = answered.reduce((sum, s) => sum + s.size, 0);
  const mentionsOf = (area: number) => counts.reduce((sum, c) => sum + (c.get(area) ?? 0), 0);
  const mentions = input.areas.reduce((sum, a) => sum + mentionsOf(a.number), 0);
  const noneAtAll = n - anyAnswer.size;
  const ofBase = (count: number): TableCell => ({ n: count, pct: percentOf(count, n) });

  const rows = [
    ...input.areas.map((area) => ({
      key: String(area.number),
      label: areaLabel(area),
      cells: [
        ...counts.map((c) => ofBase(c.get(area.number) ?? 0)),
        { n: mentionsOf(area.number), pct: percentOf(mentionsOf(area.number), allAnswers) },
        ofBase(naming.get(area.number)?.size ?? 0),
      ],
    })),
    {
      key: 'none',
      label: w.noAnswer,
      cells: [
        ...answered.map((s) => ofBase(n - s.size)),
        { n: noneAtAll, pct: null },
        ofBase(noneAtAll),
      ],
    },
    {
      key: 'total',
      label: w.total,
      cells: [
        ...alternatives.map(() => ofBase(n)),
        { n: allAnswers, pct: percentOf(allAnswers, allAnswers) },
        ofBase(n),
      ],
    },
  ];

  // Rows plus "Ej svar" must give the base in every alternative, and the areas must hold every
  // mention; they do not when answers name an area the codebook no longer has.
  const checks: TotalCheck[] = [];
  alternatives.forEach((rank, k) => {
    const found = rows.slice(0, -1).reduce((sum, r) => sum + (r.cells[k]?.n ?? 0), 0);
    if (found !== n) checks.push({ column: String(rank), expected: n, found });
  });
  if (mentions !== allAnswers)
    checks.push({ column: 'mentions', expected: allAnswers, found: mentions });

  const columns = [...alternatives.map(String), 'mentions', 'share'].map((key) => ({
    key,
    label: rankedColumnLabel(key, 'sv'),
  }));
  const notes: TableNote[] = [
    { key: 'base', values: { n, unit: 'respondents' } },
    ...(input.survey ? [{ key: 'survey', values: { name: input.survey } }] : []),
    ...(input.selection ? [{ key: 'filters', values: { text: input.selection } }] : []),
    { key: 'rankedAlternatives', values: { alternatives: input.alternatives } },
    { key: 'rankedMentions', values: { mentions: allAnswers } },
    { key: 'rankedShare', values: {} },
    { key: 'multipleResponse', values: {} },
    ...(checks.length
      ? checks.map((c) => ({
          key: 'checkFailed',
          values: {
            column: columns.find((col) => col.key === c.column)?.label ?? c.column,
            found: c.found,
            expected: c.expected,
          },
        }))
      : [{ key: 'checkOk', values: {} }]),
  ];

  return {
    title: input.title,
    unit: 'respondents',
    base: n,
    columns,
    rows,
    rowAxis: 'Områden',
    colAxis: w.ranked.axis,
    rowKinds: rows.map((r): LineKind => (r.key === 'none' || r.key === 'total' ? r.key : 'value')),
    columnKinds: columns.map((c): LineKind => (c.key === 'mentions' ? 'total' : 'value')),
    percent: 'base',
    notes,
    checks,
  };
}
