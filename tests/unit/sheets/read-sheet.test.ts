// Untidy sheets as researchers get them: a cover sheet before the data, a title above the header,
// columns without a header or with the same header twice.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { headerNames, headerRow, readSheet } from '../../../electron/sheets/read-sheet';

const dir = mkdtempSync(join(tmpdir(), 'kvalkod-sheet-'));

async function workbook(sheets: Record<string, string[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  const path = join(dir, `${Object.keys(sheets).join('-')}.xlsx`);
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
  return path;
}

const DATA = [
  ['ID', 'Roll', 'Längst 1'],
  ['1', 'Chef', '2'],
  ['2', 'Medarbetare', '13'],
];

describe('headerRow', () => {
  it.each<[string[][], number]>([
    [DATA, 0],
    [[['Enkät HT 2018'], [], ...DATA], 2],
    [[['', 'Not: svaren är anonyma'], ...DATA], 1],
    [[['Namn'], ['Anna'], ['Bo']], 0],
    [[[], ['', '']], -1],
  ])('%j -> row %i', (table, expected) => {
    expect(headerRow(table)).toBe(expected);
  });
});

describe('headerNames', () => {
  it.each<[string[], string[]]>([
    [
      ['ID', '', 'Roll'],
      ['ID', 'Kolumn 2', 'Roll'],
    ],
    [
      ['Längst', 'längst', 'Längst'],
      ['Längst', 'längst (2)', 'Längst (3)'],
    ],
  ])('%j -> %j', (raw, names) => {
    expect(headerNames(raw)).toEqual(names);
  });
});

describe('readSheet', () => {
  it('reads the worksheet with the data, not the cover sheet before it, and names both', async () => {
    const path = await workbook({
      Om: [['Enkät till medarbetare och chefer'], ['HT 2018']],
      Svar: DATA,
    });
    const sheet = await readSheet(path, 'enkät.xlsx');
    expect(sheet.sheetName).toBe('Svar');
    expect(sheet.sheetNames).toEqual(['Om', 'Svar']);
    expect(sheet.header).toEqual(['ID', 'Roll', 'Längst 1']);
    expect(sheet.rows).toHaveLength(2);
  });

  it('reads a worksheet by name, and names the worksheets when that one is missing', async () => {
    const path = await workbook({
      A: DATA,
      B: [
        ['X', 'Y'],
        ['1', '2'],
      ],
    });
    expect((await readSheet(path, 'a.xlsx', { sheet: 'B' })).header).toEqual(['X', 'Y']);
    await expect(readSheet(path, 'a.xlsx', { sheet: 'C' })).rejects.toThrow(
      'a.xlsx has no worksheet "C". Its worksheets: A, B.',
    );
  });

  it('passes over a title line, keeps file row numbers, and names a column without a header', async () => {
    const path = join(dir, 'titel.csv');
    writeFileSync(path, 'Enkät HT 2018;;\n;;\nID;Roll;;\n1;Chef;;extra\n2;Medarbetare;;\n');
    const sheet = await readSheet(path, 'titel.csv');
    expect(sheet.header).toEqual(['ID', 'Roll', 'Kolumn 3', 'Kolumn 4']);
    expect(sheet.rows).toEqual([
      ['1', 'Chef', '', 'extra'],
      ['2', 'Medarbetare', '', ''],
    ]);
    expect(sheet.rowNumbers).toEqual([4, 5]);
    expect(sheet.sheetName).toBeNull();
  });
});
