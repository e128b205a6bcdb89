// A table split by Grupp in every export, read back as another program would: Excel and Word
// hold a row of block headings over the columns, CSV and Markdown say the block in each heading,
// the clipboard's HTML and text carry the blocks too; every block's numbers are its own.
import Papa from 'papaparse';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { tableFile } from '../../../electron/export/table-files';
import { tableToHtml, tableToTsv } from '../../../shared/tables/clipboard';
import { formatPct } from '../../../shared/tables/format';
import type { ComputedTable } from '../../../shared/tables/types';
import { docxHtml, htmlTables, readWorkbook } from './read-back';
import { CHEFER, MEDARBETARE, ONE_WAY_SPLIT, SPLIT, WHOLE } from './split-fixtures';

const BLOCKS = ['Samtliga (n = 6)', 'Chefer (n = 3)', 'Medarbetare (n = 3)'];

/** Label, then count and percent of each column of each block, as the blocks were counted. */
function expectedRows(language: 'sv' | 'en') {
  return SPLIT.rows.map((row, r) => [
    row.label,
    ...[WHOLE, CHEFER, MEDARBETARE].flatMap((t: ComputedTable) =>
      (t.rows[r]?.cells ?? []).flatMap((c) => [String(c.n), formatPct(c.pct, language)]),
    ),
  ]);
}

describe('a split table exported', () => {
  it('XLSX: block headings merged over their columns, then column headings, then numbers', async () => {
    const book = await readWorkbook(
      await tableFile([SPLIT], { format: 'xlsx', delimiter: ';', language: 'sv' }),
    );
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getCell('A1').value).toBe(
      'Tabell 1. Områden efter Bedömning, uppdelat efter Grupp',
    );
    expect([2, 8, 14].map((c) => sheet.getCell(3, c).value)).toEqual(BLOCKS);
    expect(sheet.getCell(3, 7).isMerged).toBe(true);
    expect(sheet.getCell(3, 1).value).toBe('Områden');
    expect([2, 4, 6, 8].map((c) => sheet.getCell(4, c).value)).toEqual([
      'Kommit längst',
      'Störst behov',
      'Total',
      'Kommit längst',
    ]);
    expect(sheet.getCell(5, 2).value).toBe('Antal');
    const body = SPLIT.rows.map((_, r) => {
      const line = sheet.getRow(6 + r);
      return [
        line.getCell(1).text,
        ...Array.from({ length: 18 }, (_, i) => {
          const cell = line.getCell(i + 2);
          return typeof cell.value === 'number'
            ? cell.numFmt === '0.0'
              ? formatPct(cell.value, 'sv')
              : String(cell.value)
            : '';
        }),
      ];
    });
    expect(body).toEqual(expectedRows('sv'));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 5 });
    const notes: string[] = [];
    sheet.eachRow((row) => notes.push(row.getCell(1).text));
    expect(notes).toContain(
      'Uppdelad efter Grupp: varje block räknas för sig, med egna totaler och egen bas (Chefer n = 3, Medarbetare n = 3).',
    );
  });

  it('DOCX: a header row of blocks spanning their columns, and the rows as counted', async () => {
    const root = await docxHtml(
      await tableFile([SPLIT], { format: 'docx', delimiter: ';', language: 'en' }),
    );
    const [table] = htmlTables(root);
    if (!table) throw new Error('no table');
    expect(table[0]).toEqual(['Områden', 'All (n = 6)', ...BLOCKS.slice(1)]);
    expect(table[1]).toEqual(
      Array.from({ length: 3 }, () => ['Kommit längst', 'Störst behov', 'Total']).flat(),
    );
    const rows = expectedRows('en').map((r) => r.map((c) => c.replace('Inte kodad', 'Not coded')));
    for (const row of rows) expect(table).toContainEqual(row);
    const cells = root.querySelectorAll('table tr')[0]?.querySelectorAll('td, th') ?? [];
    expect(cells.map((c) => c.getAttribute('colspan'))).toEqual([undefined, '6', '6', '6']);
  });

  it("CSV: one header line naming each column's block, and the rows as counted", async () => {
    const csv = await tableFile([SPLIT], { format: 'csv', delimiter: ';', language: 'sv' });
    const lines = Papa.parse<string[]>(csv.toString('utf8').slice(1), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(lines[1]?.slice(0, 3)).toEqual([
      'Områden',
      'Samtliga (n = 6): Kommit längst (Antal)',
      'Samtliga (n = 6): Kommit längst (% av kolumn)',
    ]);
    expect(lines[1]?.[13]).toBe('Medarbetare (n = 3): Kommit längst (Antal)');
    for (const row of expectedRows('sv')) expect(lines).toContainEqual(row);
  });

  it('Markdown: the block in every heading; a one-way split names its columns by the blocks', async () => {
    const md = (
      await tableFile([SPLIT, ONE_WAY_SPLIT], { format: 'md', delimiter: ';', language: 'sv' })
    ).toString('utf8');
    expect(md).toContain('| Områden | Samtliga (n = 6): Kommit längst (Antal) |');
    expect(md).toContain(
      '| Områden | Samtliga (n = 5) (Antal) | Samtliga (n = 5) (% av kolumn) | HT 2017 (n = 2) (Antal)',
    );
    expect(md).toContain(`| ${expectedRows('sv')[0]?.join(' | ')} |`);
  });

  it('clipboard: HTML with a row of blocks over the column headings; text likewise', () => {
    const table = parse(tableToHtml(SPLIT, 'sv')).querySelector('table');
    const head = table?.querySelectorAll('thead tr') ?? [];
    expect(head.map((tr) => tr.querySelectorAll('th').length)).toEqual([4, 9, 18]);
    expect(head[0]?.querySelectorAll('th').map((th) => th.text)).toEqual(['Områden', ...BLOCKS]);
    expect(head[0]?.querySelector('th')?.getAttribute('rowspan')).toBe('3');
    expect(head[0]?.querySelectorAll('th').map((th) => th.getAttribute('colspan'))).toEqual([
      undefined,
      '6',
      '6',
      '6',
    ]);
    const body = table?.querySelectorAll('tbody tr') ?? [];
    expect(body.map((tr) => tr.querySelectorAll('td').map((td) => td.text))).toEqual(
      expectedRows('sv'),
    );

    const lines = tableToTsv(SPLIT, 'sv')
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split('\t'));
    expect(lines[1]?.slice(0, 8)).toEqual([
      'Områden',
      'Samtliga (n = 6)',
      '',
      '',
      '',
      '',
      '',
      'Chefer (n = 3)',
    ]);
    expect(lines[2]?.slice(0, 3)).toEqual(['', 'Kommit längst', '']);
    expect(lines[3]?.slice(0, 3)).toEqual(['', 'Antal', '% av kolumn']);
    expect(lines[4]).toEqual(expectedRows('sv')[0]);
  });
});
