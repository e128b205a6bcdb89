// Retrieved coded passages as a table (one row per passage), and that table written as CSV or XLSX.
// Building the rows is pure, so tests can compare them with the passages they came from.
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { RetrievedSegment, SegmentCode } from '../../shared/coding/types';
import { xmlSafe } from '../../shared/xml-text';
import { neutraliseCell } from '../../shared/export/csv-cell';

export { xmlSafe };

export type ExportLanguage = 'sv' | 'en';

interface Labels {
  document: string;
  speaker: string;
  role: string;
  start: string;
  end: string;
  codes: string;
  text: string;
  interviewer: string;
  participant: string;
}

export const LABELS: Record<ExportLanguage, Labels> = {
  sv: {
    document: 'Dokument',
    speaker: 'Talare',
    role: 'Roll',
    start: 'Start',
    end: 'Slut',
    codes: 'Koder',
    text: 'Text',
    interviewer: 'Intervjuare',
    participant: 'Deltagare',
  },
  en: {
    document: 'Document',
    speaker: 'Speaker',
    role: 'Role',
    start: 'Start',
    end: 'End',
    codes: 'Codes',
    text: 'Text',
    interviewer: 'Interviewer',
    participant: 'Participant',
  },
};

export type Cell = string | number;

export interface SegmentTable {
  header: string[];
  rows: Cell[][];
}

/** "3. Kompetensförsörjning" for an area, the plain name for other codes. */
export function codeLabel(code: Pick<SegmentCode, 'name' | 'number'>): string {
  return code.number === null ? code.name : `${code.number}. ${code.name}`;
}

export function attributeText(value: string | string[] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join(', ') : value;
}

export function roleText(role: RetrievedSegment['speakerRole'], language: ExportLanguage): string {
  return role === null ? '' : LABELS[language][role];
}

/**
 * Columns Dokument, Talare, Roll, Start, Slut, Koder, one per attribute (in the project's order),
 * Text; one row per passage, in the order given. Offsets are UTF-16 code units, half-open.
 */
export function segmentTable(
  segments: readonly RetrievedSegment[],
  attributeNames: readonly string[],
  language: ExportLanguage,
): SegmentTable {
  const l = LABELS[language];
  return {
    header: [l.document, l.speaker, l.role, l.start, l.end, l.codes, ...attributeNames, l.text],
    rows: segments.map((s) => [
      s.document,
      s.speaker ?? '',
      roleText(s.speakerRole, language),
      s.start,
      s.end,
      s.codes.map(codeLabel).join('; '),
      ...attributeNames.map((name) => attributeText(s.attributes[name])),
      s.text,
    ]),
  };
}

/** UTF-8 with a byte order mark (Excel needs it to read å, ä, ö), CRLF and RFC 4180 quoting. */
export function tableToCsv(table: SegmentTable, delimiter: ';' | ','): Buffer {
  return rowsToCsv([table.header, ...table.rows], delimiter);
}

/**
 * Rows of any length (an empty row is a blank line) in the same CSV form as tableToCsv. Text that
 * a spreadsheet would run as a formula is neutralised (every CSV Kvalkod writes comes through here).
 */
export function rowsToCsv(rows: readonly (readonly Cell[])[], delimiter: ';' | ','): Buffer {
  const safe = rows.map((row) => row.map((c) => (typeof c === 'string' ? neutraliseCell(c) : c)));
  const csv = Papa.unparse(safe, {
    delimiter,
    newline: '\r\n',
    quoteChar: '"',
    escapeChar: '"',
  });
  return Buffer.from(`\uFEFF${csv}\r\n`, 'utf8');
}

/** A worksheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
export function sheetName(title: string): string {
  const name = xmlSafe(title)
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return name || 'Export';
}

/** One sheet: a bold, frozen header row; the passage text wrapped in a wide last column. */
export async function tableToXlsx(table: SegmentTable, title: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kvalkod';
  book.title = xmlSafe(title);
  const sheet = book.addWorksheet(sheetName(title), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  const last = table.header.length;
  sheet.columns = table.header.map((name, i) => ({
    header: xmlSafe(name),
    width: i === last - 1 ? 90 : i === 0 ? 32 : i === 3 || i === 4 ? 9 : 18,
  }));
  for (const row of table.rows)
    sheet.addRow(row.map((cell) => (typeof cell === 'string' ? xmlSafe(cell) : cell)));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn(last).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: last } };
  return Buffer.from(await book.xlsx.writeBuffer());
}
