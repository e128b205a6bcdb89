// Reads a .csv file or one worksheet of an .xlsx file as rows of text cells: attribute sheets and
// the questionnaire. CSV delimiter and encoding are detected and reported (a Swedish Excel saves
// semicolons in Windows-1252). Real sheets are untidy: a workbook may open on a cover sheet, a
// title may stand above the header row, a column may lack a header or repeat one; all are read.
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ApiError } from '../../shared/api/errors';
import { readUserFileOrFail } from '../files/read-user-file';
import { decodeText } from '../import/decode-text';

export interface Sheet {
  header: string[];
  /** Data rows, each as long as the header; blank rows left out. */
  rows: string[][];
  /** 1-based row numbers in the file, for messages ("row 7"). */
  rowNumbers: number[];
  format: 'csv' | 'xlsx';
  /** For CSV: the delimiter and encoding found (shown to the user, who may wonder). */
  delimiter: string | null;
  encoding: string | null;
  /** For XLSX: the worksheet read, and every worksheet of the workbook in order. */
  sheetName: string | null;
  sheetNames: string[];
}

export interface ReadSheetOptions {
  /** The worksheet to read (XLSX); without it, the one holding the most rows. */
  sheet?: string;
}

const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export async function readSheet(
  path: string,
  fileName: string,
  options: ReadSheetOptions = {},
): Promise<Sheet> {
  const ext = extname(fileName).toLowerCase();
  const bytes = await readUserFileOrFail(path, fileName, {
    maxBytes: MAX_SHEET_BYTES,
    // An empty sheet gets the sheet's own message below.
    allowEmpty: true,
  });
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    const decoded = decodeText(bytes);
    const csv = parseCsvWithDelimiter(decoded.text, ext === '.tsv' ? '\t' : undefined);
    return {
      ...toSheet(csv.rows, fileName),
      format: 'csv',
      delimiter: csv.delimiter,
      encoding: decoded.encoding,
      sheetName: null,
      sheetNames: [],
    };
  }
  if (ext === '.xlsx') {
    const book = await parseXlsx(bytes, fileName, options.sheet);
    return {
      ...toSheet(book.table, fileName),
      format: 'xlsx',
      delimiter: null,
      encoding: null,
      sheetName: book.sheetName,
      sheetNames: book.sheetNames,
    };
  }
  throw new ApiError('invalid_input', `${fileName}: only .csv and .xlsx sheets can be read.`, {
    field: fileName,
  });
}

export function parseCsv(text: string): string[][] {
  return parseCsvWithDelimiter(text).rows;
}

/** The rows, and the delimiter used: given, or guessed by papaparse from the text. */
function parseCsvWithDelimiter(
  text: string,
  delimiter?: string,
): { rows: string[][]; delimiter: string } {
  const result = Papa.parse<string[]>(text, {
    ...(delimiter ? { delimiter } : { delimitersToGuess: [';', ',', '\t', '|'] }),
    skipEmptyLines: false,
  });
  return { rows: result.data, delimiter: result.meta.delimiter };
}

async function parseXlsx(
  bytes: Buffer,
  fileName: string,
  wanted: string | undefined,
): Promise<{ table: string[][]; sheetName: string | null; sheetNames: string[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ApiError('invalid_input', `${fileName} is not a readable Excel workbook.`, {
      field: fileName,
    });
  }
  const sheetNames = workbook.worksheets.map((w) => w.name);
  const tables = workbook.worksheets.map((w) => ({ name: w.name, table: worksheetTable(w) }));
  if (wanted !== undefined) {
    const chosen = tables.find((t) => t.name === wanted);
    if (!chosen)
      throw new ApiError(
        'invalid_input',
        `${fileName} has no worksheet "${wanted}". Its worksheets: ${sheetNames.join(', ')}.`,
        { field: 'sheet' },
      );
    return { table: chosen.table, sheetName: chosen.name, sheetNames };
  }
  // A cover or notes sheet before the data is common: the worksheet with the most rows is the data.
  const filled = (t: string[][]) => t.filter((r) => r.some((c) => c.trim() !== '')).length;
  const best = tables.reduce<(typeof tables)[number] | null>(
    (a, b) => (a === null || filled(b.table) > filled(a.table) ? b : a),
    null,
  );
  return { table: best?.table ?? [], sheetName: best?.name ?? null, sheetNames };
}

function worksheetTable(sheet: ExcelJS.Worksheet): string[][] {
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    // Sparse arrays: rows and cells that Excel left out come back as undefined.
    const cells: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value);
    });
    table[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(table as (string[] | undefined)[], (r) => r ?? []);
}

/** A cell as the user sees it; dates as YYYY-MM-DD (the format attributes use). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result);
    if ('text' in value) return value.text;
    if ('error' in value) return '';
  }
  return typeof value === 'object' ? '' : String(value).trim();
}

function toSheet(
  table: string[][],
  fileName: string,
): Pick<Sheet, 'header' | 'rows' | 'rowNumbers'> {
  const headerIndex = headerRow(table);
  if (headerIndex < 0)
    throw new ApiError('invalid_input', `${fileName} is empty.`, { field: fileName });
  const body = table.slice(headerIndex + 1);
  const raw = (table[headerIndex] ?? []).map((h) => h.trim());
  // Columns that hold data reach as far as the widest row; a column without a header gets one.
  const width = Math.max(lastFilled(raw), ...body.map((r) => lastFilled(r.map((c) => c.trim()))));
  const header = headerNames(Array.from({ length: width }, (_, c) => raw[c] ?? ''));
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  body.forEach((r, i) => {
    if (!r.some((c) => c.trim() !== '')) return;
    rows.push(header.map((_, c) => (r[c] ?? '').trim()));
    rowNumbers.push(headerIndex + i + 2);
  });
  return { header, rows, rowNumbers };
}

/** How many leading cells a row has, up to its last non-empty one. */
function lastFilled(row: readonly string[]): number {
  for (let c = row.length - 1; c >= 0; c--) if (row[c] !== '') return c + 1;
  return 0;
}

/**
 * The header row: the first row with two or more filled cells, so that a title line or a note of
 * one cell above the table is passed over; in a one-column sheet, the first filled row.
 */
export function headerRow(table: readonly string[][]): number {
  const counts = table.map((r) => r.filter((c) => c.trim() !== '').length);
  const wide = counts.findIndex((n) => n >= 2);
  return wide >= 0 ? wide : counts.findIndex((n) => n >= 1);
}

/** Blank headers become "Kolumn N" (N counts from 1), repeated ones "Name (2)": names must be unique. */
export function headerNames(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((h, c) => {
    const base = h === '' ? `Kolumn ${c + 1}` : h;
    const n = (seen.get(base.toLocaleLowerCase('sv')) ?? 0) + 1;
    seen.set(base.toLocaleLowerCase('sv'), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
