// Reads a whole questionnaire sheet with a mapping, before anything is saved: every respondent
// with their attributes, ranked answers and open answers, and EVERY cell that cannot be read
// (row, column, value, reason), so the user fixes the sheet once instead of once per error.
import type { SurveyErrorCode } from '../api/errors-survey';
import type { Attribute } from '../attributes/types';
import { checkValue, splitValues, valueKey } from '../attributes/values';
import { readAreaCell, type Area } from './areas';
import type { CellProblem, SurveyMapping } from './types';

export interface SheetInput {
  header: readonly string[];
  rows: readonly string[][];
  /** The sheet's own 1-based row numbers (header = 1), for messages. */
  rowNumbers: readonly number[];
}

export interface SurveyRespondent {
  row: number;
  id: string;
  /** Attribute column -> values (several for a multiple attribute, "BOU, Ek"). */
  attributes: Record<string, string[]>;
  /** Ranked question -> area number per alternative, null where the cell is empty. */
  ranked: Record<string, (number | null)[]>;
  /** Open question (its column) -> the answer; empty answers are left out. */
  text: Record<string, string>;
}

export interface SurveyRead {
  respondents: SurveyRespondent[];
  problems: CellProblem[];
}

/** One thing wrong with a mapping: its error code and params for the window, English for the CLI. */
export interface MappingIssue {
  code: SurveyErrorCode;
  params: Record<string, string | number>;
  text: string;
}

/**
 * What is wrong with the mapping itself (a column that is not in the sheet, a column used twice, a
 * repeated question name), each once; empty when the mapping fits the sheet.
 */
export function mappingIssues(header: readonly string[], mapping: SurveyMapping): MappingIssue[] {
  const issues: MappingIssue[] = [];
  const add = (code: SurveyErrorCode, params: MappingIssue['params'], text: string) => {
    if (!issues.some((i) => i.text === text)) issues.push({ code, params, text });
  };
  const used = new Map<string, string>();
  const use = (column: string, role: string) => {
    const count = header.filter((h) => h === column).length;
    if (count === 0)
      add('survey_no_column', { field: column }, `There is no column "${column}" in the sheet.`);
    else if (count > 1)
      add(
        'survey_column_repeated',
        { field: column, columns: count },
        `${count} columns are named "${column}"; give them different headers.`,
      );
    const before = used.get(column);
    if (before)
      add(
        'survey_column_reused',
        { field: column },
        `Column "${column}" is both ${before} and ${role}.`,
      );
    else used.set(column, role);
  };
  if (mapping.idColumn.trim() === '') add('survey_no_id_column', {}, 'Choose the ID column.');
  else use(mapping.idColumn, 'the ID');
  for (const a of mapping.attributes) use(a, 'an attribute');
  for (const q of mapping.ranked)
    for (const c of q.columns) use(c, `an alternative of "${q.name}"`);
  for (const t of mapping.text) use(t, 'an open question');
  const names = new Map<string, number>();
  for (const n of [...mapping.ranked.map((q) => q.name), ...mapping.text])
    names.set(valueKey(n), (names.get(valueKey(n)) ?? 0) + 1);
  for (const q of mapping.ranked)
    if ((names.get(valueKey(q.name)) ?? 0) > 1)
      add(
        'survey_question_named_twice',
        { question: q.name },
        `Two questions are named "${q.name}"; question names must differ.`,
      );
  return issues;
}

/** The mapping's issues as English sentences (the CLI's words). */
export function checkMapping(header: readonly string[], mapping: SurveyMapping): string[] {
  return mappingIssues(header, mapping).map((i) => i.text);
}

/** Reads every row; assumes `checkMapping` found nothing. Existing attributes check their values. */
export function readSurvey(
  sheet: SheetInput,
  mapping: SurveyMapping,
  areas: readonly Area[],
  attributes: readonly Attribute[] = [],
): SurveyRead {
  const col = (name: string) => sheet.header.indexOf(name);
  const known = new Map(attributes.map((a) => [valueKey(a.name), a]));
  const problems: CellProblem[] = [];
  const seen = new Set<string>();
  const respondents = sheet.rows.map((cells, r): SurveyRespondent => {
    const row = sheet.rowNumbers[r] ?? r + 2;
    const cell = (name: string) => (cells[col(name)] ?? '').normalize('NFC').trim();
    const problem = (column: string, value: string, reason: CellProblem['reason']) =>
      problems.push({ row, column, value, reason });

    const id = cell(mapping.idColumn);
    if (id === '') problem(mapping.idColumn, '', 'missing_id');
    else if (seen.has(id)) problem(mapping.idColumn, id, 'duplicate_id');
    seen.add(id);

    const attributeValues: Record<string, string[]> = {};
    for (const name of mapping.attributes) {
      const raw = cell(name);
      if (raw === '') continue;
      const attribute = known.get(valueKey(name));
      const parts = attribute?.multiple ? splitValues(raw) : [raw];
      const values = parts.flatMap((v) => {
        if (!attribute) return [v];
        const checked = checkValue(attribute, v);
        if (checked.ok) return [checked.value];
        problem(name, v, 'bad_value');
        return [];
      });
      if (values.length) attributeValues[name] = values;
    }

    const ranked: Record<string, (number | null)[]> = {};
    for (const q of mapping.ranked) {
      const named = new Set<number>();
      ranked[q.name] = q.columns.map((c) => {
        const value = cell(c);
        const read = readAreaCell(value, areas);
        if (read.kind === 'empty') return null;
        if (read.kind === 'unknown') {
          problem(c, value, 'no_area');
          return null;
        }
        if (named.has(read.number)) problem(c, value, 'repeated_area');
        named.add(read.number);
        return read.number;
      });
    }

    const text: Record<string, string> = {};
    for (const name of mapping.text) {
      const answer = (cells[col(name)] ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
      if (answer !== '') text[name] = answer;
    }
    return { row, id, attributes: attributeValues, ranked, text };
  });
  problems.sort((a, b) => a.row - b.row || col(a.column) - col(b.column));
  return { respondents, problems };
}

const REASONS: Record<CellProblem['reason'], (p: CellProblem) => string> = {
  no_area: (p) => `"${p.value}" matches no area`,
  missing_id: () => 'the respondent ID is empty',
  duplicate_id: (p) => `the ID "${p.value}" is used by an earlier row too`,
  repeated_area: (p) => `"${p.value}" names the same area twice in one question`,
  bad_value: (p) => `"${p.value}" is not a value of that attribute`,
};

/** `row 7, column Längst 2: "15" matches no area`, as the CLI and error messages print it. */
export function describeProblem(p: CellProblem): string {
  return `row ${p.row}, column ${p.column}: ${REASONS[p.reason](p)}`;
}
