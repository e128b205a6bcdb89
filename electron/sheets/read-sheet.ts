// Reads the first sheet of a .csv or .xlsx file as rows of text cells: attribute sheets and the
// questionnaire. CSV delimiter and encoding are detected and reported (a Swedish Excel saves
// semicolons in Windows-1252).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { ApiError } from '../../shared/api/errors';
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
}

const MAX_SHEET_BYTES = 20 * 1024 * 1024;

export async function readSheet(path: string, fileName: string): Promise<Sheet> {
  const ext = extname(fileName).toLowerCase();
  const bytes = await readFile(path).catch((): never => {
    throw new ApiError('file_missing', `${fileName} could not be read.`, { path: fileName });
  });
  if (bytes.length > MAX_SHEET_BYTES)
    throw new ApiError('invalid_input', `${fileName} is larger than 20 MB; is it really a sheet?`, {
      field: fileName,
    });
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    const decoded = decodeText(bytes);
    const csv = parseCsvWithDelimiter(decoded.text, ext === '.tsv' ? '\t' : undefined);
    return {
      ...toSheet(csv.rows, fileName),
      format: 'csv',
      delimiter: csv.delimiter,
      encoding: decoded.encoding,
    };
  }
  if (ext === '.xlsx')
    return {
      ...toSheet(await parseXlsx(bytes, fileName), fileName),
      format: 'xlsx',
      delimiter: null,
      encoding: null,
    };
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

async function parseXlsx(bytes: Buffer, fileName: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ApiError('invalid_input', `${fileName} is not a readable Excel workbook.`, {
      field: fileName,
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
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
  const headerIndex = table.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0)
    throw new ApiError('invalid_input', `${fileName} is empty.`, { field: fileName });
  const header = (table[headerIndex] ?? []).map((h) => h.trim());
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  table.slice(headerIndex + 1).forEach((r, i) => {
    if (!r.some((c) => c.trim() !== '')) return;
    rows.push(header.map((_, c) => (r[c] ?? '').trim()));
    rowNumbers.push(headerIndex + i + 2);
  });
  return { header, rows, rowNumbers };
}
