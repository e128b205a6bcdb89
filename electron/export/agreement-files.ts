// Agreement tables as files, drawn from the one layout (shared/agreement/layout.ts): XLSX (a sheet
// per table, numbers stored as numbers), DOCX (ruled Word tables under numbered captions), CSV and
// Markdown. The notes under each table name the unit and the formulas.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import type { TableExportFormat } from '../../shared/api/contract-tables';
import {
  formatCell,
  type AgreementTableLayout,
  type CellKind,
  type CellValue,
} from '../../shared/agreement/layout';
import { roundHalfUp } from '../../shared/tables/format';
import type { TableLanguage } from '../../shared/tables/words';
import { sequenceField } from './docx-field';
import { csvDecimalMark } from './table-files';
import { REPORT_STYLES } from './table-docx';
import { uniqueSheetNames } from './table-xlsx';
import { rowsToCsv, xmlSafe, type Cell } from './table-writers';

const CAPTION = { sv: 'Tabell', en: 'Table' } as const;
const DECIMALS: Record<CellKind, number> = { label: 0, count: 0, percent: 1, coefficient: 3 };
const caption = (t: AgreementTableLayout, i: number, lang: TableLanguage) =>
  `${CAPTION[lang]} ${i + 1}. ${t.title}`;

/** A number a spreadsheet parses: rounded to the kind's decimals, with `mark`. */
function plain(value: CellValue, kind: CellKind, mark: '.' | ','): Cell {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const text = roundHalfUp(value, DECIMALS[kind]).toFixed(DECIMALS[kind]);
  return mark === ',' ? text.replace('.', ',') : text;
}

export function agreementCsv(
  tables: readonly AgreementTableLayout[],
  delimiter: ';' | ',',
  lang: TableLanguage,
): Buffer {
  const mark = csvDecimalMark(delimiter, lang);
  const lines: Cell[][] = [];
  tables.forEach((t, i) => {
    if (i > 0) lines.push([]);
    lines.push(
      [caption(t, i, lang)],
      t.columns.map((c) => c.label),
    );
    for (const row of t.rows)
      lines.push(row.cells.map((v, j) => plain(v, t.columns[j]?.kind ?? 'label', mark)));
    for (const note of t.notes) lines.push([note]);
  });
  return rowsToCsv(lines, delimiter);
}

const mdCell = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();

export function agreementMarkdown(tables: readonly AgreementTableLayout[], lang: TableLanguage) {
  return tables
    .map((t, i) => {
      const line = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
      const body = t.rows.map((r) =>
        line(r.cells.map((v, j) => formatCell(v, t.columns[j]?.kind ?? 'label', lang))),
      );
      const align = t.columns.map((c) => (c.kind === 'label' ? ':---' : '---:'));
      return [
        `**${mdCell(caption(t, i, lang))}**`,
        [line(t.columns.map((c) => c.label)), `| ${align.join(' | ')} |`, ...body].join('\n'),
        t.notes.map(mdCell).join(' '),
      ].join('\n\n');
    })
    .join('\n\n')
    .concat('\n');
}

const NUMBER_FORMAT: Record<CellKind, string> = {
  label: '@',
  count: '0',
  percent: '0.0',
  coefficient: '0.000',
};
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: 'Calibri',
  size: 11,
  ...extra,
});

export async function agreementXlsx(
  tables: readonly AgreementTableLayout[],
  lang: TableLanguage,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kvalkod';
  const names = uniqueSheetNames(tables.map((t) => t.title));
  tables.forEach((t, i) => {
    const sheet = book.addWorksheet(names[i] ?? t.title, {
      views: [{ state: 'frozen', xSplit: 1, ySplit: 3 }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const longest = Math.max(...t.rows.map((r) => String(r.cells[0] ?? '').length), 10);
    t.columns.forEach((c, j) => {
      sheet.getColumn(j + 1).width =
        j === 0 ? Math.min(60, longest + 2) : Math.max(10, c.label.length + 2);
    });
    const title = sheet.getCell(1, 1);
    title.value = xmlSafe(caption(t, i, lang));
    title.font = font({ bold: true, size: 12 });
    const header = sheet.getRow(3);
    t.columns.forEach((c, j) => {
      const cell = header.getCell(j + 1);
      cell.value = xmlSafe(c.label);
      cell.font = font({ bold: true });
      cell.alignment = {
        wrapText: true,
        vertical: 'bottom',
        horizontal: j === 0 ? 'left' : 'right',
      };
      cell.border = { bottom: { style: 'thin' } };
    });
    t.rows.forEach((r, k) => {
      const row = sheet.getRow(4 + k);
      r.cells.forEach((v, j) => {
        const cell = row.getCell(j + 1);
        const kind = t.columns[j]?.kind ?? 'label';
        cell.value = typeof v === 'string' ? xmlSafe(v) : v;
        if (kind !== 'label') cell.numFmt = NUMBER_FORMAT[kind];
        cell.font = font();
      });
    });
    t.notes.forEach((note, k) => {
      const cell = sheet.getCell(5 + t.rows.length + k, 1);
      cell.value = xmlSafe(note);
      cell.font = font({ size: 9 });
    });
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

const SIZE = 20;
const RULE = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
// A4 across, 2.5 cm margins, in twips: agreement tables have a column per coder.
const USABLE = 16838 - 2 * 1417;

function wordCell(text: string, right: boolean, heading = false) {
  const style: { bold?: boolean } = heading ? { bold: true } : {};
  return new TableCell({
    children: [
      new Paragraph({
        alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: xmlSafe(text), size: SIZE, ...style })],
      }),
    ],
    borders: heading ? { bottom: THIN } : undefined,
  });
}

function wordTable(t: AgreementTableLayout, lang: TableLanguage): Table {
  const numbers = Math.max(1, t.columns.length - 1);
  const label = Math.round(USABLE * 0.3);
  const width = Math.floor((USABLE - label) / numbers);
  const columnWidths = [label, ...new Array<number>(numbers).fill(width)];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columns.map((c, j) => wordCell(c.label, j > 0, true)),
  });
  const body = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: r.cells.map((v, j) =>
          wordCell(formatCell(v, t.columns[j]?.kind ?? 'label', lang), j > 0),
        ),
      }),
  );
  return new Table({
    rows: [header, ...body],
    columnWidths,
    width: { size: USABLE, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { top: 20, bottom: 20, left: 100, right: 100 },
    borders: {
      top: RULE,
      bottom: RULE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
  });
}

export async function agreementDocx(
  tables: readonly AgreementTableLayout[],
  lang: TableLanguage,
): Promise<Buffer> {
  const children = tables.flatMap((t, i) => [
    new Paragraph({
      style: 'Caption',
      keepNext: true,
      children: [
        new TextRun(`${CAPTION[lang]} `),
        ...sequenceField(CAPTION[lang], i + 1),
        new TextRun(`. ${xmlSafe(t.title)}`),
      ],
    }),
    wordTable(t, lang),
    ...t.notes.map(
      (note, k) =>
        new Paragraph({
          spacing: { before: k === 0 ? 60 : 0, after: k === t.notes.length - 1 ? 360 : 0 },
          children: [new TextRun({ text: xmlSafe(note), size: 18 })],
        }),
    ),
  ]);
  const doc = new Document({
    creator: 'Kvalkod',
    title: xmlSafe(tables[0]?.title ?? ''),
    styles: REPORT_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE },
            margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function agreementFile(
  tables: readonly AgreementTableLayout[],
  format: TableExportFormat,
  lang: TableLanguage,
  delimiter: ';' | ',',
): Promise<Buffer> {
  switch (format) {
    case 'xlsx':
      return agreementXlsx(tables, lang);
    case 'docx':
      return agreementDocx(tables, lang);
    case 'csv':
      return agreementCsv(tables, delimiter, lang);
    case 'md':
      return Buffer.from(agreementMarkdown(tables, lang), 'utf8');
  }
}
