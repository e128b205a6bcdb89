// Computed tables as a Word document: each a real Word table under a numbered caption (a SEQ field,
// so Word can renumber it and list it in a table of tables), ruled as research reports rule tables
// (lines above and below the table and under the header, none between rows), the header repeated
// on every page, numbers right-aligned in the language's format, and the base and notes under it.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { leafText, tableLayout, tableNumbers, type TableLayout } from '../../shared/tables/layout';
import type { ComputedTable } from '../../shared/tables/types';
import type { TableLanguage } from '../../shared/tables/words';
import { sequenceField } from './docx-field';
import { xmlSafe } from './table-writers';

// A4 with 2.5 cm margins, in twips (1/20 pt).
const PAGE = { width: 11906, height: 16838, margin: 1417 };
const USABLE = { portrait: PAGE.width - 2 * PAGE.margin, landscape: PAGE.height - 2 * PAGE.margin };
const SIZE = 20; // 10 pt, in half-points

/** The report's Word styles (Calibri 11 pt body, bold captions), shared by every table export. */
export const REPORT_STYLES = {
  default: { document: { run: { font: 'Calibri', size: 22 } } },
  paragraphStyles: [
    {
      id: 'Caption',
      // Word's own name for its caption style, so its table-of-tables finds these captions.
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, size: SIZE },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
  ],
};
const RULE = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const SEQ: Record<TableLanguage, string> = { sv: 'Tabell', en: 'Table' };
// A caption of a table kept on one page; longer tables may break, their header repeated.
const KEEP_TOGETHER_ROWS = 30;

interface Widths {
  label: number;
  /** One width per leaf (printed number column). */
  leaves: number[];
  landscape: boolean;
}

// Calibri 10 pt, bold headings: up to 115 twips a character ("kolumn"), 200 of cell margins.
const CHAR = 115;
const MARGINS = 200;
const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => w.length));

/**
 * A number column is as wide as its longest heading word (headings wrap between words, never
 * inside one) or "100,0"; the row labels get the rest, down to 4.5 cm, and wrap. Only a table whose
 * numbers do not fit a portrait page then goes landscape.
 */
export function columnWidths(layout: TableLayout): Widths {
  const leaves = layout.leaves.map((l) => {
    const span = layout.leaves.filter((o) => o.column === l.column).length;
    const chars = Math.max(5, longestWord(l.sub), Math.ceil(longestWord(l.label) / span));
    return chars * CHAR + MARGINS;
  });
  const numbers = leaves.reduce((a, b) => a + b, 0);
  const longest = Math.max(layout.corner.length, ...layout.rows.map((r) => r.label.length));
  const wanted = Math.min(5200, Math.max(2000, longest * 90 + MARGINS));
  const minLabel = Math.min(wanted, 2550);
  const landscape = numbers + minLabel > USABLE.portrait;
  const usable = landscape ? USABLE.landscape : USABLE.portrait;
  if (numbers + minLabel <= usable)
    return { label: Math.min(wanted, usable - numbers), leaves, landscape };
  // Too wide even across the page: every column narrows in proportion; headings wrap more.
  const scale = (usable - minLabel) / numbers;
  return { label: minLabel, leaves: leaves.map((w) => Math.floor(w * scale)), landscape };
}

function text(value: string, options: { bold?: boolean; italics?: boolean } = {}) {
  return new TextRun({ text: xmlSafe(value), size: SIZE, ...options });
}

function cell(
  value: string,
  options: {
    align: (typeof AlignmentType)[keyof typeof AlignmentType];
    bold?: boolean;
    italics?: boolean;
    columnSpan?: number;
    rowSpan?: number;
    borders?: { top?: typeof THIN; bottom?: typeof THIN };
    /** Headings sit on the rule under them; numbers on the first line of a wrapped label. */
    top?: boolean;
  },
): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: options.align,
        children: [text(value, { bold: options.bold, italics: options.italics })],
      }),
    ],
    columnSpan: options.columnSpan,
    rowSpan: options.rowSpan,
    verticalAlign: options.top ? VerticalAlignTable.TOP : VerticalAlignTable.BOTTOM,
    borders: options.borders,
  });
}

function headerRows(layout: TableLayout): TableRow[] {
  const under = { bottom: THIN };
  const corner = cell(layout.corner, {
    align: AlignmentType.LEFT,
    bold: true,
    rowSpan: (layout.split ? 2 : 1) + (layout.blocks ? 1 : 0),
    borders: under,
  });
  // A split table's block headings ("Chefer (n = 3)") sit on a row above, ruled under each block.
  const blocks = layout.blocks
    ? [
        new TableRow({
          tableHeader: true,
          cantSplit: true,
          children: [
            corner,
            ...layout.blocks.map((b) =>
              cell(b.label, {
                align: AlignmentType.CENTER,
                bold: true,
                columnSpan: b.span,
                borders: under,
              }),
            ),
          ],
        }),
      ]
    : [];
  const first = (children: TableCell[]) => (blocks.length ? children : [corner, ...children]);
  if (!layout.split) {
    const labels = layout.leaves.map((l) =>
      cell(l.label, { align: AlignmentType.RIGHT, bold: true, borders: under }),
    );
    return [
      ...blocks,
      new TableRow({ tableHeader: true, cantSplit: true, children: first(labels) }),
    ];
  }
  const spans: TableCell[] = [];
  layout.leaves.forEach((leaf, i) => {
    if (layout.leaves[i - 1]?.column === leaf.column) return;
    const columnSpan = layout.leaves.filter((l) => l.column === leaf.column).length;
    spans.push(cell(leaf.label, { align: AlignmentType.CENTER, bold: true, columnSpan }));
  });
  const subs = layout.leaves.map((l) =>
    cell(l.sub, { align: AlignmentType.RIGHT, bold: true, borders: under }),
  );
  return [
    ...blocks,
    new TableRow({ tableHeader: true, cantSplit: true, children: first(spans) }),
    new TableRow({ tableHeader: true, cantSplit: true, children: subs }),
  ];
}

function wordTable(layout: TableLayout, widths: Widths, lang: TableLanguage) {
  const keep = layout.rows.length <= KEEP_TOGETHER_ROWS;
  const body = layout.rows.map((row, r) => {
    const kind = row.kind;
    const total = kind === 'total';
    const borders = total ? { top: THIN } : undefined;
    return new TableRow({
      cantSplit: true,
      keepNext: keep && r < layout.rows.length - 1,
      children: [
        cell(row.label, {
          align: AlignmentType.LEFT,
          bold: total,
          italics: kind === 'none',
          borders,
        }),
        ...layout.leaves.map((l) =>
          cell(leafText(row.cells[l.column], l.part, lang), {
            align: AlignmentType.RIGHT,
            bold: total || l.kind === 'total',
            borders,
            top: true,
          }),
        ),
      ],
    });
  });
  const columnWidths = [widths.label, ...widths.leaves];
  return new Table({
    rows: [...headerRows(layout), ...body],
    columnWidths,
    width: { size: columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
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

/** "Tabell {SEQ}. Title"; a title that carries its own number (`number` null) is printed as it is. */
function caption(table: ComputedTable, number: number | null, lang: TableLanguage) {
  const title = xmlSafe(table.title.trim());
  const children =
    number === null
      ? [new TextRun(title)]
      : [
          new TextRun(`${SEQ[lang]} `),
          ...sequenceField(SEQ[lang], number),
          new TextRun(title ? `. ${title}` : '.'),
        ];
  return new Paragraph({ style: 'Caption', keepNext: true, children });
}

function notes(layout: TableLayout): Paragraph[] {
  return layout.notes.map(
    (note, i) =>
      new Paragraph({
        spacing: { before: i === 0 ? 60 : 0, after: i === layout.notes.length - 1 ? 360 : 0 },
        children: [new TextRun({ text: xmlSafe(note), size: 18 })],
      }),
  );
}

export async function tablesToDocx(
  tables: readonly ComputedTable[],
  language: TableLanguage,
): Promise<Buffer> {
  // Tables too wide for a portrait page get landscape pages: one section per run of orientation.
  const sections: ISectionOptions[] = [];
  let landscape: boolean | null = null;
  let children: (Paragraph | Table)[] = [];
  const flush = () => {
    if (landscape === null) return;
    sections.push({
      properties: {
        type: sections.length ? SectionType.NEXT_PAGE : undefined,
        page: {
          size: {
            width: PAGE.width,
            height: PAGE.height,
            orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: {
            top: PAGE.margin,
            bottom: PAGE.margin,
            left: PAGE.margin,
            right: PAGE.margin,
          },
        },
      },
      children,
    });
    children = [];
  };
  const numbers = tableNumbers(tables);
  tables.forEach((table, i) => {
    const number = numbers[i] ?? null;
    const layout = tableLayout(table, language, number);
    const widths = columnWidths(layout);
    if (landscape !== widths.landscape) {
      flush();
      landscape = widths.landscape;
    }
    children.push(caption(table, number, language), wordTable(layout, widths, language));
    children.push(...notes(layout));
  });
  flush();
  const doc = new Document({
    creator: 'Kvalkod',
    title: xmlSafe(tables[0]?.title ?? ''),
    styles: REPORT_STYLES,
    sections,
  });
  return Packer.toBuffer(doc);
}
