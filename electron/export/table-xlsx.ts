// Computed tables as an Excel workbook, one sheet per table: the caption, one or two header rows,
// counts and percents stored as numbers, totals in bold, and the base and notes under the table.
import ExcelJS from 'exceljs';
import { leafValue, tableLayout, tableNumbers, type TableLayout } from '../../shared/tables/layout';
import type { ComputedTable } from '../../shared/tables/types';
import type { TableLanguage } from '../../shared/tables/words';
import { sheetName, xmlSafe } from './table-writers';

/**
 * Percents are stored on the 0-100 scale with the format '0.0', not as fractions with '0.0%': the
 * cell then shows 34,2 or 34.2 (by Excel's locale) under a "Procent" heading as a statistics package
 * prints it, and holds the same number as the JSON form and the CSV. The value is unrounded; Excel
 * rounds it for display, so sums over a column keep full precision.
 */
export const PERCENT_FORMAT = '0.0';
export const COUNT_FORMAT = '0';

const THIN = { style: 'thin' as const };
const LABEL_WIDTH = { min: 14, max: 50 };

/** Sheet names Excel accepts, unique within the workbook ("Tabell 1", "Tabell 1 (2)"). */
export function uniqueSheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = sheetName(title);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

// Every font is given in full: a cell's font replaces the default, and one without a name falls
// back to the reader's default face (a serif in LibreOffice) in the middle of the table.
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: 'Calibri',
  size: 11,
  ...extra,
});
const LINE_HEIGHT = 15;
/** Lines a text of `length` characters takes in a column `width` wide (Excel does not autofit rows). */
const linesIn = (length: number, width: number) => Math.max(1, Math.ceil(length / (width * 1.2)));

function leafWidths(layout: TableLayout): number[] {
  return layout.leaves.map((leaf) => {
    const span = layout.leaves.filter((l) => l.column === leaf.column).length;
    const wanted = Math.max(leaf.sub.length + 3, Math.ceil(leaf.label.length / span) + 2);
    return Math.min(22, Math.max(9, wanted));
  });
}

/** A split table's block headings ("Chefer (n = 3)") centred over their columns, ruled under. */
function writeBlocks(sheet: ExcelJS.Worksheet, layout: TableLayout, row: number): void {
  let col = 2;
  for (const block of layout.blocks ?? []) {
    const cell = sheet.getCell(row, col);
    cell.value = xmlSafe(block.label);
    cell.alignment = { horizontal: 'center', vertical: 'bottom' };
    for (let c = col; c < col + block.span; c++) sheet.getCell(row, c).border = { bottom: THIN };
    if (block.span > 1) sheet.mergeCells(row, col, row, col + block.span - 1);
    col += block.span;
  }
}

function writeHeader(
  sheet: ExcelJS.Worksheet,
  layout: TableLayout,
  first: number,
  widths: number[],
): number {
  // A split table has its block headings on a row of their own above the column headings.
  const top = layout.blocks ? first + 1 : first;
  if (layout.blocks) writeBlocks(sheet, layout, first);
  const bottom = layout.split ? top + 1 : top;
  const corner = sheet.getCell(first, 1);
  corner.value = xmlSafe(layout.corner);
  corner.alignment = { vertical: 'bottom', horizontal: 'left' };
  if (bottom > first) sheet.mergeCells(first, 1, bottom, 1);
  let lines = 1;
  layout.leaves.forEach((leaf, i) => {
    const col = i + 2;
    if (layout.leaves[i - 1]?.column !== leaf.column) {
      const span = layout.leaves.filter((l) => l.column === leaf.column).length;
      const cell = sheet.getCell(top, col);
      cell.value = xmlSafe(leaf.label);
      cell.alignment = {
        horizontal: layout.split ? 'center' : 'right',
        vertical: 'bottom',
        wrapText: true,
      };
      if (span > 1) sheet.mergeCells(top, col, top, col + span - 1);
      const width = widths.slice(i, i + span).reduce((a, b) => a + b, 0);
      lines = Math.max(lines, linesIn(leaf.label.length, width));
    }
    if (layout.split) {
      const sub = sheet.getCell(bottom, col);
      sub.value = xmlSafe(leaf.sub);
      sub.alignment = { horizontal: 'right' };
    }
  });
  sheet.getRow(top).height = lines * LINE_HEIGHT;
  for (let row = first; row <= bottom; row++) sheet.getRow(row).font = font({ bold: true });
  for (let col = 1; col <= layout.leaves.length + 1; col++)
    sheet.getCell(bottom, col).border = { bottom: THIN };
  return bottom;
}

function addSheet(book: ExcelJS.Workbook, name: string, layout: TableLayout): void {
  const longest = Math.max(layout.corner.length, ...layout.rows.map((r) => r.label.length));
  const labelWidth = Math.min(LABEL_WIDTH.max, Math.max(LABEL_WIDTH.min, longest + 2));
  const widths = leafWidths(layout);
  const wide = labelWidth + widths.reduce((a, b) => a + b, 0) > 90;
  const sheet = book.addWorksheet(name, {
    // Printed on one page wide, across the page when the table is wide.
    pageSetup: {
      orientation: wide ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  sheet.getColumn(1).width = labelWidth;
  widths.forEach((w, i) => (sheet.getColumn(i + 2).width = w));
  const title = sheet.getCell(1, 1);
  title.value = xmlSafe(layout.caption);
  title.font = font({ bold: true, size: 12 });

  const headerEnd = writeHeader(sheet, layout, 3, widths);
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: headerEnd }];

  layout.rows.forEach((row, r) => {
    const kind = row.kind;
    const line = sheet.getRow(headerEnd + 1 + r);
    line.font = font({ bold: kind === 'total' });
    const label = line.getCell(1);
    label.value = xmlSafe(row.label);
    const wraps = linesIn(row.label.length, labelWidth);
    label.alignment = { vertical: 'top', wrapText: wraps > 1 };
    if (wraps > 1) line.height = wraps * LINE_HEIGHT;
    if (kind === 'none') label.font = font({ italic: true });
    layout.leaves.forEach((leaf, i) => {
      const cell = line.getCell(i + 2);
      cell.value = leafValue(row.cells[leaf.column], leaf.part);
      cell.numFmt = leaf.part === 'n' ? COUNT_FORMAT : PERCENT_FORMAT;
      cell.alignment = { vertical: 'top' };
      cell.font = font({ bold: kind === 'total' || leaf.kind === 'total' });
    });
    if (kind === 'total')
      for (let col = 1; col <= layout.leaves.length + 1; col++)
        line.getCell(col).border = { top: THIN };
  });

  // One sentence per row in column A: unwrapped, it runs on over the empty cells to its right.
  const notesStart = headerEnd + layout.rows.length + 2;
  layout.notes.forEach((note, i) => {
    const cell = sheet.getCell(notesStart + i, 1);
    cell.value = xmlSafe(note);
    cell.font = font({ size: 9 });
  });
}

export async function tablesToXlsx(
  tables: readonly ComputedTable[],
  language: TableLanguage,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kvalkod';
  const numbers = tableNumbers(tables);
  const layouts = tables.map((t, i) => tableLayout(t, language, numbers[i] ?? null));
  const names = uniqueSheetNames(
    tables.map((t, i) => t.title.trim() || (layouts[i]?.caption ?? '')),
  );
  book.title = xmlSafe(layouts[0]?.caption ?? '');
  tables.forEach((_, i) => {
    const layout = layouts[i];
    if (layout) addSheet(book, names[i] ?? `Tabell ${i + 1}`, layout);
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
