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

function writeHeader(sheet: ExcelJS.Worksheet, layout: TableLayout, top: number): number {
  const bottom = layout.split ? top + 1 : top;
  const corner = sheet.getCell(top, 1);
  corner.value = xmlSafe(layout.corner);
  corner.alignment = { vertical: 'bottom', horizontal: 'left' };
  if (layout.split) sheet.mergeCells(top, 1, bottom, 1);
  layout.leaves.forEach((leaf, i) => {
    const col = i + 2;
    const first = layout.leaves[i - 1]?.column !== leaf.column;
    if (first) {
      const span = layout.leaves.filter((l) => l.column === leaf.column).length;
      const cell = sheet.getCell(top, col);
      cell.value = xmlSafe(leaf.label);
      cell.alignment = { horizontal: layout.split ? 'center' : 'right', wrapText: true };
      if (span > 1) sheet.mergeCells(top, col, top, col + span - 1);
    }
    if (layout.split) {
      const sub = sheet.getCell(bottom, col);
      sub.value = xmlSafe(leaf.sub);
      sub.alignment = { horizontal: 'right', wrapText: true };
    }
  });
  for (let row = top; row <= bottom; row++) sheet.getRow(row).font = { bold: true };
  for (let col = 1; col <= layout.leaves.length + 1; col++)
    sheet.getCell(bottom, col).border = { bottom: THIN };
  return bottom;
}

function addSheet(book: ExcelJS.Workbook, name: string, layout: TableLayout): void {
  const sheet = book.addWorksheet(name);
  const title = sheet.getCell(1, 1);
  title.value = xmlSafe(layout.caption);
  title.font = { bold: true, size: 12 };

  const headerEnd = writeHeader(sheet, layout, 3);
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: headerEnd }];
  const longest = Math.max(layout.corner.length, ...layout.rows.map((r) => r.label.length));
  const labelWidth = Math.min(LABEL_WIDTH.max, Math.max(LABEL_WIDTH.min, longest + 2));

  layout.rows.forEach((row, r) => {
    const kind = row.kind;
    const line = sheet.getRow(headerEnd + 1 + r);
    const label = line.getCell(1);
    label.value = xmlSafe(row.label);
    label.alignment = { vertical: 'top', wrapText: row.label.length > labelWidth };
    layout.leaves.forEach((leaf, i) => {
      const cell = line.getCell(i + 2);
      cell.value = leafValue(row.cells[leaf.column], leaf.part);
      cell.numFmt = leaf.part === 'n' ? COUNT_FORMAT : PERCENT_FORMAT;
      if (leaf.kind === 'total') cell.font = { bold: true };
    });
    if (kind === 'total') {
      line.font = { bold: true };
      for (let col = 1; col <= layout.leaves.length + 1; col++)
        line.getCell(col).border = { top: THIN };
    } else if (kind === 'none') {
      label.font = { italic: true };
    }
  });

  // One sentence per row in column A: unwrapped, it runs on over the empty cells to its right.
  const notesStart = headerEnd + layout.rows.length + 2;
  layout.notes.forEach((note, i) => {
    const cell = sheet.getCell(notesStart + i, 1);
    cell.value = xmlSafe(note);
    cell.font = { size: 9 };
  });

  sheet.getColumn(1).width = labelWidth;
  layout.leaves.forEach((leaf, i) => {
    const span = layout.leaves.filter((l) => l.column === leaf.column).length;
    const wanted = Math.max(leaf.sub.length + 2, Math.ceil(leaf.label.length / span) + 2);
    sheet.getColumn(i + 2).width = Math.min(22, Math.max(9, wanted));
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
