// The candidate list as a sheet a person edits in Excel (`text;kind;count;proposal`, semicolons as
// a Swedish Excel writes them) and the edited sheet read back as decisions (`--map`). An empty
// proposal means "do not replace"; a row the scan did not find is the researcher's own addition.
import Papa from 'papaparse';
import { FORMULA_START, neutraliseCell } from '../export/csv-cell';
import { PSEUDO_KINDS, type Candidate, type Decision, type PseudoKind } from './types';

export const MAP_COLUMNS = ['text', 'kind', 'count', 'proposal'] as const;

/**
 * Excel runs a cell that starts with = + - or @ as a formula ("+46 70 123 45 67" would be lost):
 * such a cell is written after an apostrophe (as in every CSV), which parseMap takes off again.
 */
const guard = neutraliseCell;
const unguard = (v: string) =>
  v.startsWith("'") && FORMULA_START.test(v.slice(1)) ? v.slice(1) : v;

export function candidatesToCsv(candidates: readonly Candidate[]): string {
  return Papa.unparse(
    {
      fields: [...MAP_COLUMNS],
      data: candidates.map((c) => [guard(c.text), c.kind, String(c.count), guard(c.proposal)]),
    },
    { delimiter: ';', newline: '\r\n' },
  );
}

/** A problem in the sheet, named by its row (1 = the header) and column. */
export interface MapProblem {
  row: number;
  column: string;
  value: string;
  reason: 'missing_column' | 'empty_text' | 'unknown_kind' | 'duplicate';
}

export interface MapRow {
  text: string;
  kind: PseudoKind;
  /** Empty: the candidate is not replaced. */
  proposal: string;
}

/** Reads an edited sheet: comma, semicolon or tab separated, header row first. */
export function parseMap(csv: string): { rows: MapRow[]; problems: MapProblem[] } {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    delimiter: '',
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  const [header = [], ...body] = parsed.data;
  const names = header.map((h) => h.trim().toLowerCase());
  const col = (name: string) => names.indexOf(name);
  const problems: MapProblem[] = [];
  for (const name of ['text', 'kind', 'proposal'])
    if (col(name) < 0) problems.push({ row: 1, column: name, value: '', reason: 'missing_column' });
  if (problems.length) return { rows: [], problems };
  const rows: MapRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2;
    const text = unguard((cells[col('text')] ?? '').trim());
    const kind = (cells[col('kind')] ?? '').trim().toLowerCase();
    const proposal = unguard((cells[col('proposal')] ?? '').trim());
    if (!text) {
      problems.push({ row, column: 'text', value: '', reason: 'empty_text' });
      return;
    }
    if (!(PSEUDO_KINDS as readonly string[]).includes(kind)) {
      problems.push({ row, column: 'kind', value: kind, reason: 'unknown_kind' });
      return;
    }
    if (seen.has(text)) {
      problems.push({ row, column: 'text', value: text, reason: 'duplicate' });
      return;
    }
    seen.set(text, row);
    rows.push({ text, kind: kind as PseudoKind, proposal });
  });
  return { rows, problems };
}

/**
 * The decisions a sheet stands for, over the saved ones: a row decides its candidate (accepted with
 * its proposal, or rejected when empty); saved merges and additions stay; a saved decision the
 * sheet does not mention is pending again (so `--accept all` decides it).
 */
export function decisionsFromMap(saved: readonly Decision[], rows: readonly MapRow[]): Decision[] {
  const byText = new Map(rows.map((r) => [r.text, r]));
  const out: Decision[] = saved.map((d) => {
    const row = byText.get(d.text);
    if (!row) return { ...d, status: 'pending', replacement: null };
    byText.delete(d.text);
    return {
      ...d,
      kind: row.kind,
      status: row.proposal ? 'accepted' : 'rejected',
      replacement: row.proposal || null,
    };
  });
  for (const row of byText.values())
    out.push({
      text: row.text,
      kind: row.kind,
      status: row.proposal ? 'accepted' : 'rejected',
      replacement: row.proposal || null,
      mergedInto: null,
      added: true,
    });
  return out;
}
