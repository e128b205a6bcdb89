import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvDecimalMark, tableFile } from '../../../electron/export/table-files';
import { PERCENT_FORMAT, uniqueSheetNames } from '../../../electron/export/table-xlsx';
import { columnWidths } from '../../../electron/export/table-docx';
import { tableLayout } from '../../../shared/tables/layout';
import type { ComputedTable } from '../../../shared/tables/types';
import { ALL, CROSS, ONE_WAY, RANKED } from './fixtures';
import { docxHtml, htmlTables, readWorkbook, zipEntry } from './read-back';

/** exceljs types a cell's font as always there; a cell without a style of its own has none. */
const bold = (cell: ExcelJS.Cell) =>
  (cell.font as Partial<ExcelJS.Font> | undefined)?.bold === true;

/** Independent of the writers: one decimal, the given mark. */
const pct = (value: number | null, mark: string) =>
  value === null ? '' : (Math.round(value * 10) / 10).toFixed(1).replace('.', mark);

/** The rows a table should print: label, then for each column its count and (if any) percent. */
function expectedRows(table: ComputedTable, mark: string, count = (n: number) => String(n)) {
  const hasPct = table.columns.map((_, c) => table.rows.some((r) => r.cells[c]?.pct !== null));
  return table.rows.map((r) => [
    r.label,
    ...r.cells.flatMap((cell, c) =>
      hasPct[c] ? [count(cell.n), pct(cell.pct, mark)] : [count(cell.n)],
    ),
  ]);
}

describe('XLSX', () => {
  it('has one sheet per table with the caption, headers, numbers as numbers, and the base', async () => {
    const book = await readWorkbook(
      await tableFile(ALL, { format: 'xlsx', delimiter: ';', language: 'sv' }),
    );
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Områden efter bedömning; "chefe',
      'Längst',
      'Tabell 3.',
    ]);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe('Tabell 1. Områden efter bedömning; "chefer"');
    expect(sheet.getCell('A3').value).toBe('Områden');
    expect([2, 4, 6].map((c) => sheet.getCell(3, c).value)).toEqual([
      'Kommit längst',
      'Störst behov',
      'Total',
    ]);
    expect(sheet.getCell(4, 2).value).toBe('Antal');
    expect(sheet.getCell(4, 3).value).toBe('% av kolumn');
    expect(bold(sheet.getCell(4, 3))).toBe(true);

    CROSS.rows.forEach((row, r) => {
      const line = sheet.getRow(5 + r);
      expect(line.getCell(1).value).toBe(row.label);
      row.cells.forEach((cell, c) => {
        const n = line.getCell(2 + 2 * c);
        const p = line.getCell(3 + 2 * c);
        expect(n.value).toBe(cell.n);
        expect(n.numFmt).toBe('0');
        expect(typeof p.value).toBe('number');
        expect(p.value).toBeCloseTo(cell.pct ?? NaN, 10);
        expect(p.numFmt).toBe(PERCENT_FORMAT);
      });
    });
    // Total row and total column in bold, other cells not.
    expect(bold(sheet.getRow(9).getCell(2))).toBe(true);
    expect(bold(sheet.getRow(5).getCell(6))).toBe(true);
    expect(bold(sheet.getRow(5).getCell(2))).toBe(false);
    expect(sheet.getCell('A11').value).toBe('Bas: n = 41 intervjuer.');
    expect(sheet.getCell('A12').value).toBe('Urval: Grupp = Chefer.');
    expect(sheet.getColumn(1).width).toBe(50);
    // Excel does not grow a row for wrapped text: the long label's row is made two lines high.
    expect(sheet.getRow(6).height).toBe(30);
    expect(sheet.getRow(5).height).toBeUndefined();
    expect(sheet.getRow(6).getCell(1).alignment.wrapText).toBe(true);
    expect(sheet.getRow(9).getCell(3).font.name).toBe('Calibri');
    // 50 + 6 number columns is wider than a portrait page: printed across, one page wide.
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 4 });
  });

  it('stores a percent a column does not have as an empty cell, and a one-way table on one header row', async () => {
    const book = await readWorkbook(
      await tableFile([RANKED, ONE_WAY], { format: 'xlsx', delimiter: ';', language: 'en' }),
    );
    const ranked = book.worksheets[0];
    const oneWay = book.worksheets[1];
    if (!ranked || !oneWay) throw new Error('sheets missing');
    // Columns: label, 1 (n, %), 2 (n, %), 3 (n, %), mentions (n), share (n, %).
    expect(ranked.getCell(3, 8).value).toBe('Totalt');
    expect(ranked.getCell(4, 8).value).toBe('Count');
    expect(ranked.getCell(4, 9).value).toBe('Count');
    expect(ranked.getCell(4, 10).value).toBe('Percent');
    expect(ranked.getRow(5 + 14).getCell(1).value).toBe('No answer');
    expect(ranked.getRow(5 + 14).getCell(8).value).toBe(64);
    expect(oneWay.getCell('A1').value).toBe('Table 2.');
    expect(oneWay.getCell(3, 2).value).toBe('Antal avsnitt');
    expect(oneWay.getCell(4, 1).value).toBe('Lön');
    expect(oneWay.getCell(4, 2).value).toBe(12_345);
    expect(oneWay.getCell('A8').value).toBe('Base: n = 12,352 passages.');
  });

  it.each([
    [
      ['Längst', 'Längst', 'längst'],
      ['Längst', 'Längst (2)', 'längst (3)'],
    ],
    [
      ['A'.repeat(40), 'A'.repeat(40)],
      ['A'.repeat(31), `${'A'.repeat(27)} (2)`],
    ],
    [['Tabell [1]: a/b?'], ['Tabell  1   a b']],
  ])('sheet names %j are %j', (titles, names) => expect(uniqueSheetNames(titles)).toEqual(names));
});

describe('DOCX', () => {
  it('holds a Word table per table with its caption, formatted numbers and the base', async () => {
    const buffer = await tableFile(ALL, { format: 'docx', delimiter: ';', language: 'sv' });
    const html = await docxHtml(buffer);
    const tables = htmlTables(html);
    expect(tables).toHaveLength(3);
    const [cross, ranked, oneWay] = tables;
    expect(cross?.slice(0, 2)).toEqual([
      ['Områden', 'Kommit längst', 'Störst behov', 'Total'],
      ['Antal', '% av kolumn', 'Antal', '% av kolumn', 'Antal', '% av kolumn'],
    ]);
    expect(cross?.slice(2)).toEqual(expectedRows(CROSS, ','));
    expect(ranked?.slice(2)).toEqual(expectedRows(RANKED, ','));
    expect(oneWay).toEqual([
      ['Teman', 'Antal avsnitt'],
      ['Lön', '12\u00a0345'],
      ['Hot och våld', '7'],
      ['Total', '12\u00a0352'],
    ]);
    const paragraphs = html.querySelectorAll('p').map((p) => p.text);
    expect(paragraphs).toContain('Tabell 1. Områden efter bedömning; "chefer"');
    expect(paragraphs).toContain('Tabell 2. Längst');
    expect(paragraphs).toContain('Bas: n = 41 intervjuer.');
    expect(paragraphs).toContain('Bas: n = 117 respondenter.');

    const xml = await zipEntry(buffer, 'word/document.xml');
    // Captions number themselves (SEQ field), header rows repeat, numbers are right-aligned.
    expect(xml.match(/<w:instrText>SEQ Tabell \\\* ARABIC<\/w:instrText>/g)).toHaveLength(3);
    expect(xml).toMatch(/w:fldCharType="separate"\/><\/w:r><w:r>(<w:rPr\/>)?<w:t[^>]*>1<\/w:t>/);
    expect(xml).not.toContain('w:dirty="true"');
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(2 + 2 + 1);
    expect(xml).toContain('<w:jc w:val="right"/>');
    // The ranked table is too wide for a portrait page: its section is landscape.
    expect(xml).toContain('w:orient="landscape"');
  });

  it('writes English numbers and words in English', async () => {
    const html = await docxHtml(
      await tableFile([CROSS], { format: 'docx', delimiter: ',', language: 'en' }),
    );
    const [table] = htmlTables(html);
    expect(table?.[1]).toEqual([
      'Count',
      '% of column',
      'Count',
      '% of column',
      'Count',
      '% of column',
    ]);
    expect(table?.slice(2)).toEqual(
      expectedRows(CROSS, '.').map((r, i) => (i === 3 ? ['Not coded', ...r.slice(1)] : r)),
    );
    expect(html.querySelectorAll('p').map((p) => p.text)).toContain(
      'Table 1. Områden efter bedömning; "chefer"',
    );
  });

  it('keeps the number columns wide enough for their longest heading word and fits the page', () => {
    const cross = columnWidths(tableLayout(CROSS, 'sv', 1));
    expect(cross.landscape).toBe(false);
    expect(cross.label + cross.leaves.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9072);
    // "Antal" (5 characters) and "kolumn", the longest word of "% av kolumn" (6).
    expect(cross.leaves).toEqual([775, 890, 775, 890, 775, 890]);
    const wide = { ...RANKED, columns: [...RANKED.columns, ...RANKED.columns, ...RANKED.columns] };
    wide.rows = RANKED.rows.map((r) => ({ ...r, cells: [...r.cells, ...r.cells, ...r.cells] }));
    wide.columnKinds = [...RANKED.columnKinds, ...RANKED.columnKinds, ...RANKED.columnKinds];
    const squeezed = columnWidths(tableLayout(wide, 'sv', 1));
    expect(squeezed.landscape).toBe(true);
    expect(squeezed.label + squeezed.leaves.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(14004);
  });
});

describe('CSV', () => {
  const parse = (buffer: Buffer, delimiter: string) => {
    const text = buffer.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    return Papa.parse<string[]>(text.slice(1), { delimiter }).data;
  };

  it('writes each table as a title line, one header line, rows and notes, a blank line between', async () => {
    const rows = parse(
      await tableFile(ALL, { format: 'csv', delimiter: ';', language: 'sv' }),
      ';',
    );
    expect(rows[0]).toEqual(['Tabell 1. Områden efter bedömning; "chefer"']);
    expect(rows[1]).toEqual([
      'Områden',
      'Kommit längst (Antal)',
      'Kommit längst (% av kolumn)',
      'Störst behov (Antal)',
      'Störst behov (% av kolumn)',
      'Total (Antal)',
      'Total (% av kolumn)',
    ]);
    expect(rows.slice(2, 7)).toEqual(expectedRows(CROSS, ','));
    expect(rows[7]).toEqual(['Bas: n = 41 intervjuer.']);
    const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
    expect(rows[blank - 1]?.[0]).toMatch(/^Flersvar/);
    expect(rows[blank + 1]).toEqual(['Tabell 2. Längst']);
    expect(rows.slice(blank + 3, blank + 3 + RANKED.rows.length)).toEqual(
      expectedRows(RANKED, ','),
    );
    // Counts are plain integers: a spreadsheet reads 12345, not "12 345".
    expect(rows).toContainEqual(['Lön', '12345']);
  });

  it.each([
    [';', 'sv', ','],
    [';', 'en', '.'],
    [',', 'en', '.'],
    [',', 'sv', '.'],
  ] as const)('with %j in %s percents use %j', async (delimiter, language, mark) => {
    expect(csvDecimalMark(delimiter, language)).toBe(mark);
    const rows = parse(await tableFile([CROSS], { format: 'csv', delimiter, language }), delimiter);
    expect(rows[2]?.slice(1, 3)).toEqual(['12', pct(CROSS.rows[0]?.cells[0]?.pct ?? null, mark)]);
    expect(rows[4]?.[0]).toBe('13. Lokaler | "kontor" <b>&</b>; arbetsredskap, m.m.');
  });
});

describe('Markdown', () => {
  it('writes a caption, a right-aligned pipe table and the notes', async () => {
    const text = (
      await tableFile([CROSS, ONE_WAY], { format: 'md', delimiter: ';', language: 'sv' })
    ).toString('utf8');
    const lines = text.split('\n');
    expect(lines[0]).toBe('**Tabell 1. Områden efter bedömning; "chefer"**');
    expect(lines[2]).toBe(
      '| Områden | Kommit längst (Antal) | Kommit längst (% av kolumn) | Störst behov (Antal) | Störst behov (% av kolumn) | Total (Antal) | Total (% av kolumn) |',
    );
    expect(lines[3]).toBe('| :--- | ---: | ---: | ---: | ---: | ---: | ---: |');
    expect(lines[4]).toBe(
      '| 1. Brukardelaktighet och återkoppling från brukare | 12 | 31,6 | 3 | 7,9 | 14 | 34,1 |',
    );
    expect(lines[6]).toBe(
      '| 13. Lokaler \\| "kontor" \\<b\\>&\\</b\\>; arbetsredskap, m.m. | 5 | 13,2 | 9 | 23,7 | 11 | 26,8 |',
    );
    expect(lines[8]).toBe('| **Total** | 38 | 100,0 | 38 | 100,0 | 41 | 100,0 |');
    expect(lines[10]).toMatch(/^Bas: n = 41 intervjuer\. Urval: Grupp = Chefer\. Flersvar/);
    // Every table line has as many cells as the header.
    const tableLines = lines.filter((l) => l.startsWith('| '));
    for (const l of tableLines.slice(0, 7)) expect(l.split(/(?<!\\)\|/).length).toBe(9);
    expect(text).toContain(
      '**Tabell 2.**\n\n| Teman | Antal avsnitt |\n| :--- | ---: |\n| Lön | 12\u00a0345 |',
    );
  });
});

describe('numbering', () => {
  it('skips tables whose title carries its own number, in every format alike', async () => {
    const tables = [{ ...CROSS, title: 'Tabell 7. Områden' }, RANKED, ONE_WAY];
    const csv = (await tableFile(tables, { format: 'csv', delimiter: ';', language: 'sv' }))
      .toString('utf8')
      .slice(1)
      .split('\r\n');
    expect(csv.filter((l) => /^"?Tabell \d/.test(l))).toEqual([
      'Tabell 7. Områden',
      'Tabell 1. Längst',
      'Tabell 2.',
    ]);
    const docx = await docxHtml(
      await tableFile(tables, { format: 'docx', delimiter: ';', language: 'sv' }),
    );
    const captions = docx.querySelectorAll('p').map((p) => p.text);
    expect(captions.filter((t) => t.startsWith('Tabell'))).toEqual([
      'Tabell 7. Områden',
      'Tabell 1. Längst',
      'Tabell 2.',
    ]);
  });
});
