// Computed tables built by hand, shaped as the engine and the questionnaire give them: an area x
// assessment cross-table with column percents, a ranked questionnaire table (percents of the base,
// a sum column without percents) and a one-way table without percents. Labels carry the awkward
// characters real codebooks have: å/ä/ö, ';', ',', quotes, a pipe, markup.
import { percentOf } from '../../../shared/tables/format';
import type {
  ComputedTable,
  LineKind,
  PercentBase,
  TableColumn,
  TableNote,
  TableUnit,
} from '../../../shared/tables/types';

interface Spec {
  title: string;
  unit: TableUnit;
  rowAxis: string;
  colAxis: string | null;
  percent: PercentBase;
  columns: (TableColumn & { kind?: LineKind })[];
  rows: { key: string; label: string; kind?: LineKind; n: number[] }[];
  /** Percents of this (per column) instead of the column's total row. */
  base?: number;
  noPct?: string[];
  notes?: TableNote[];
}

/** Percents follow from the counts (of the column's Total row, or of `base`), unrounded. */
export function makeTable(spec: Spec): ComputedTable {
  const totalRow = spec.rows.find((r) => r.kind === 'total');
  return {
    title: spec.title,
    unit: spec.unit,
    base: spec.base ?? totalRow?.n.at(-1) ?? 0,
    rowAxis: spec.rowAxis,
    colAxis: spec.colAxis,
    percent: spec.percent,
    columns: spec.columns.map(({ key, label }) => ({ key, label })),
    columnKinds: spec.columns.map((c) => c.kind ?? 'value'),
    rowKinds: spec.rows.map((r) => r.kind ?? 'value'),
    rows: spec.rows.map((r) => ({
      key: r.key,
      label: r.label,
      cells: r.n.map((n, c) => {
        const column = spec.columns[c];
        const of = spec.base ?? totalRow?.n[c] ?? 0;
        const off = spec.percent === 'none' || (column && spec.noPct?.includes(column.key));
        return { n, pct: off ? null : percentOf(n, of) };
      }),
    })),
    notes: spec.notes ?? [],
    checks: [],
  };
}

export const CROSS = makeTable({
  title: 'Områden efter bedömning; "chefer"',
  unit: 'interviews',
  rowAxis: 'Områden',
  colAxis: 'Bedömning',
  percent: 'column',
  columns: [
    { key: 'Kommit längst', label: 'Kommit längst' },
    { key: 'Störst behov', label: 'Störst behov' },
    { key: 'total', label: 'Total', kind: 'total' },
  ],
  rows: [
    { key: '1', label: '1. Brukardelaktighet och återkoppling från brukare', n: [12, 3, 14] },
    {
      key: '3',
      label:
        '3. Antal medarbetare som är rimligt i förhållande till chefers och medarbetares uppdrag (rimlig arbetsbelastning)',
      n: [2, 17, 18],
    },
    { key: '13', label: '13. Lokaler | "kontor" <b>&</b>; arbetsredskap, m.m.', n: [5, 9, 11] },
    { key: 'none', label: 'Inte kodad', kind: 'none', n: [19, 9, 4] },
    { key: 'total', label: 'Total', kind: 'total', n: [38, 38, 41] },
  ],
  notes: [
    { key: 'base', values: { n: 41, unit: 'interviews' } },
    { key: 'filters', values: { text: 'Grupp = Chefer' } },
    { key: 'multipleResponse', values: {} },
  ],
});

const AREAS = Array.from({ length: 14 }, (_, i) => i + 1);
const RANKED_N = AREAS.map((a) => [(a * 7) % 13, (a * 5) % 11, (a * 3) % 7]);

/** "Inom vilka tre områden har arbetet kommit längst?": 117 respondents, up to three answers. */
export const RANKED = makeTable({
  title: 'Längst',
  unit: 'respondents',
  rowAxis: 'Område',
  colAxis: null,
  percent: 'base',
  base: 117,
  noPct: ['mentions'],
  columns: [
    { key: '1', label: '1:a alternativ' },
    { key: '2', label: '2:a alternativ' },
    { key: '3', label: '3:e alternativ' },
    { key: 'mentions', label: 'Totalt', kind: 'total' },
    { key: 'share', label: 'Andel som nämner' },
  ],
  rows: [
    ...AREAS.map((a, i) => {
      const [x = 0, y = 0, z = 0] = RANKED_N[i] ?? [];
      return { key: String(a), label: `${a}. Område ${a}`, n: [x, y, z, x + y + z, x + y] };
    }),
    { key: 'none', label: 'Ej svar', kind: 'none' as const, n: [3, 20, 41, 64, 3] },
    { key: 'total', label: 'Total', kind: 'total' as const, n: [117, 117, 117, 351, 117] },
  ],
});

export const ONE_WAY = makeTable({
  title: '',
  unit: 'passages',
  rowAxis: 'Teman',
  colAxis: null,
  percent: 'none',
  columns: [{ key: 'total', label: 'Antal avsnitt', kind: 'total' }],
  rows: [
    { key: 'Lön', label: 'Lön', n: [12_345] },
    { key: 'Hot och våld', label: 'Hot och våld', n: [7] },
    { key: 'total', label: 'Total', kind: 'total', n: [12_352] },
  ],
});

export const ALL = [CROSS, RANKED, ONE_WAY];

const ROUNDS = ['HT 2016', 'VT 2017', 'HT 2017', 'VT 2018', 'HT 2018'];

/** Areas by Intervjuomgång: the rounds are the columns, in order, as a trend chart reads them. */
export const BY_ROUND = makeTable({
  title: 'Kommit längst per intervjuomgång',
  unit: 'interviews',
  rowAxis: 'Områden',
  colAxis: 'Intervjuomgång',
  percent: 'column',
  columns: [
    ...ROUNDS.map((r) => ({ key: r, label: r })),
    { key: 'total', label: 'Total', kind: 'total' as const },
  ],
  rows: [
    ...AREAS.map((a) => {
      const n = ROUNDS.map((_, i) => (a * (i + 3) + i * i) % 17);
      return {
        key: String(a),
        label: a === 3 ? (CROSS.rows[1]?.label ?? '') : `${a}. Område ${a}`,
        n: [...n, n.reduce((x, y) => x + y, 0)],
      };
    }),
    { key: 'total', label: 'Total', kind: 'total' as const, n: [28, 29, 29, 28, 30, 144] },
  ],
});
