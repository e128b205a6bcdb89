import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { codingProject, type CodingFixture } from '../db/coding-fixture';
import { readWorkbook } from './read-back';

const definition = {
  title: 'Områden efter bedömning',
  rows: 'Områden',
  cols: 'Bedömning',
  unit: 'interviews' as const,
};

describe('tables.export through the handler registry', () => {
  let fx: CodingFixture;
  afterEach(async () => fx.close());

  async function coded() {
    fx = await codingProject();
    const längst = fx.code('Kommit längst').id;
    const behov = fx.code('Störst behov').id;
    await fx.call('segments.create', {
      documentId: fx.docId(0),
      ...fx.find(0, 'Introduktionen fungerar bra.'),
      codeIds: [fx.code(2).id, längst],
    });
    await fx.call('segments.create', {
      documentId: fx.docId(1),
      ...fx.find(1, 'Arbetsbelastningen är hög.'),
      codeIds: [fx.code(3).id, behov],
    });
    await fx.call('segments.create', {
      documentId: fx.docId(1),
      ...fx.find(1, 'Lön och lokaler'),
      codeIds: [fx.code(13).id, behov],
    });
  }

  it('computes the table afresh and writes what tables.compute gives', async () => {
    await coded();
    const before = await fx.call('tables.export', {
      tables: [{ kind: 'builder', definition }],
      format: 'csv',
      delimiter: ';',
    });
    // More coding after the first export: the next export holds the new numbers.
    await fx.call('segments.create', {
      documentId: fx.docId(0),
      ...fx.find(0, 'Kontorslandskapet är bullrigt!'),
      codeIds: [fx.code(13).id, fx.code('Störst behov').id],
    });
    const table = await fx.call('tables.compute', definition);
    const file = await fx.call('tables.export', {
      tables: [{ kind: 'builder', definition }],
      format: 'csv',
      delimiter: ';',
    });
    expect(file.fileName).toBe('Områden efter bedömning.csv');
    expect(file.base64).not.toBe(before.base64);
    const rows = Papa.parse<string[]>(
      Buffer.from(file.base64, 'base64').toString('utf8').slice(1),
      {
        delimiter: ';',
      },
    ).data;
    expect(rows[0]).toEqual(['Tabell 1. Områden efter bedömning']);
    const body = rows.slice(2, 2 + table.rows.length);
    expect(body.map((r) => r[0])).toEqual(table.rows.map((r) => r.label));
    // Counts of every cell in column order (each column has a count, then its percent).
    expect(body.map((r) => r.filter((_, i) => i % 2 === 1).map(Number))).toEqual(
      table.rows.map((r) => r.cells.map((c) => c.n)),
    );
    const area13 = table.rows.find((r) => r.key === '13');
    expect(area13?.cells[table.columns.findIndex((c) => c.label === 'Störst behov')]?.n).toBe(2);
  });

  it('puts several tables in one workbook, one sheet each, under the given file name', async () => {
    await coded();
    const file = await fx.call('tables.export', {
      tables: [
        { kind: 'builder', definition },
        {
          kind: 'builder',
          definition: { ...definition, title: 'Teman', rows: 'Teman', cols: null },
        },
      ],
      format: 'xlsx',
      language: 'en',
      fileName: 'Rapport: tabeller.xlsx',
    });
    expect(file.fileName).toBe('Rapport tabeller.xlsx');
    const book = await readWorkbook(Buffer.from(file.base64, 'base64'));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Områden efter bedömning', 'Teman']);
    expect(book.worksheets[1]?.getCell('A1').value).toBe('Table 2. Teman');
  });

  it('refuses an unknown format, and fails with the reason when a source cannot be computed', async () => {
    await coded();
    await expect(
      fx.call('tables.export', {
        tables: [{ kind: 'builder', definition }],
        format: 'pdf' as 'csv',
      }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      fx.call('tables.export', {
        tables: [{ kind: 'builder', definition: { ...definition, rows: 'Ingen sådan axel' } }],
        format: 'md',
      }),
    ).rejects.toBeInstanceOf(ApiError);
    await expect(
      fx.call('tables.export', {
        tables: [{ kind: 'survey', question: 'Längst', by: null }],
        format: 'md',
      }),
    ).rejects.toBeInstanceOf(ApiError);
  });
});
