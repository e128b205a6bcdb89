// A questionnaire as an Excel workbook often comes: a cover sheet first, a title above the header.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingProject, type CodingFixture } from '../db/coding-fixture';
import { HEADER, MAPPING, ROWS } from './survey-fixtures';

let f: CodingFixture;
beforeEach(async () => {
  f = await codingProject();
});
afterEach(async () => {
  await f.close();
});

async function untidyWorkbook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Om enkäten').addRows([['Enkät till medarbetare och chefer'], ['HT 2018']]);
  book.addWorksheet('Svar').addRows([['Enkät HT 2018 – svar'], [], HEADER, ...ROWS]);
  const path = join(mkdtempSync(join(tmpdir(), 'kvalkod-book-')), 'enkät.xlsx');
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
  return path;
}

describe('a workbook with a cover sheet and a title row', () => {
  it('is read from the worksheet with the answers, below its title, and imports', async () => {
    const source = { path: await untidyWorkbook() };
    const preview = await f.call('survey.preview', { source });
    expect(preview.sheetName).toBe('Svar');
    expect(preview.sheetNames).toEqual(['Om enkäten', 'Svar']);
    expect(preview.header).toEqual(HEADER);
    expect(preview.rowCount).toBe(ROWS.length);
    expect(preview.proposal.idColumn).toBe('ID');
    const report = await f.call('survey.import', { source, mapping: MAPPING, sheet: 'Svar' });
    expect(report.survey.respondents).toBe(ROWS.length);
  });

  it('reads the worksheet asked for, and names the worksheets when it does not exist', async () => {
    const source = { path: await untidyWorkbook() };
    const cover = await f.call('survey.preview', { source, sheet: 'Om enkäten' });
    expect(cover.sheetName).toBe('Om enkäten');
    expect(cover.rowCount).toBe(1);
    await expect(f.call('survey.preview', { source, sheet: 'Blad1' })).rejects.toThrow(
      /has no worksheet "Blad1". Its worksheets: Om enkäten, Svar/,
    );
  });

  it('reports a bad cell by its row in the file, counting the title rows', async () => {
    const rows = ROWS.map((r) => [...r]);
    (rows[0] as string[])[3] = '15';
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Svar').addRows([['Enkät HT 2018'], [], HEADER, ...rows]);
    const path = join(mkdtempSync(join(tmpdir(), 'kvalkod-book-')), 'fel.xlsx');
    writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
    const preview = await f.call('survey.preview', { source: { path }, mapping: MAPPING });
    expect(preview.problems).toEqual([
      { row: 4, column: 'Längst 1', value: '15', reason: 'no_area' },
    ]);
  });
});

describe('the example questionnaire', () => {
  it('imports with the mapping its headers propose, and its ranked tables add up', async () => {
    const report = await f.call('survey.importExample', {});
    expect(report.survey.name).toBe('Exempelenkät HT 2018');
    expect(report.survey.respondents).toBe(117);
    expect(report.survey.questions.filter((q) => q.kind === 'ranked').map((q) => q.name)).toEqual([
      'Längst',
      'Behov',
    ]);
    for (const question of ['Längst', 'Behov']) {
      const tables = await f.call('survey.table', { question, by: 'Roll' });
      expect(tables.map((t) => t.base)).toEqual([117, 66, 51]);
      for (const t of tables) expect(t.checks).toEqual([]);
    }
    await expect(f.call('survey.importExample', {})).rejects.toThrow(/already has/);
  });
});
