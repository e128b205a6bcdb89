// Computed tables written as files: XLSX (one sheet per table), DOCX (Word tables with caption and
// base), CSV (UTF-8 with BOM) and Markdown. The CLI and the 'tables.export' handler both call this.
import type { TableExportFormat } from '../../shared/api/contract-tables';
import { flatHeading, leafPlain, tableLayout, tableNumbers } from '../../shared/tables/layout';
import { tablesToMarkdown } from '../../shared/tables/markdown';
import type { ComputedTable } from '../../shared/tables/types';
import type { TableLanguage } from '../../shared/tables/words';
import { tablesToDocx } from './table-docx';
import { rowsToCsv, type Cell } from './table-writers';
import { tablesToXlsx } from './table-xlsx';

export interface TableFileOptions {
  format: TableExportFormat;
  delimiter: ';' | ',';
  language: TableLanguage;
}

/**
 * The decimal mark of percents in a CSV file: the language's, except that a comma-separated file
 * always gets a point. A Swedish Excel reads ';' with 34,2 as numbers; a file separated by commas is
 * meant for a program that expects 34.2, and a decimal comma there would put every percent in quotes.
 */
export function csvDecimalMark(delimiter: ';' | ',', language: TableLanguage): '.' | ',' {
  return delimiter === ';' && language === 'sv' ? ',' : '.';
}

/**
 * Per table: a title line, one header line ("Kommit längst (Antal)"), one line per row, the base and
 * notes, each in the first field; tables separated by a blank line.
 */
export function tablesToCsv(
  tables: readonly ComputedTable[],
  delimiter: ';' | ',',
  language: TableLanguage,
): Buffer {
  const mark = csvDecimalMark(delimiter, language);
  const lines: Cell[][] = [];
  const numbers = tableNumbers(tables);
  tables.forEach((table, i) => {
    const layout = tableLayout(table, language, numbers[i] ?? null);
    if (i > 0) lines.push([]);
    lines.push([layout.caption]);
    lines.push([layout.corner, ...layout.leaves.map((l) => flatHeading(l, layout.split))]);
    for (const row of layout.rows)
      lines.push([
        row.label,
        ...layout.leaves.map((l) => leafPlain(row.cells[l.column], l.part, mark)),
      ]);
    for (const note of layout.notes) lines.push([note]);
  });
  return rowsToCsv(lines, delimiter);
}

export async function tableFile(
  tables: readonly ComputedTable[],
  options: TableFileOptions,
): Promise<Buffer> {
  const { format, delimiter, language } = options;
  switch (format) {
    case 'xlsx':
      return tablesToXlsx(tables, language);
    case 'docx':
      return tablesToDocx(tables, language);
    case 'csv':
      return tablesToCsv(tables, delimiter, language);
    case 'md':
      return Buffer.from(tablesToMarkdown(tables, language), 'utf8');
  }
}
