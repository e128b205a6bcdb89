import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppRegistry } from '../../../electron/handlers';
import { createContext, noRecentStore } from '../../../electron/handlers/create-context';
import {
  HEADER,
  LANGST,
  MAPPING,
  ROWS,
  sheetBytes,
  VARIANTS,
  type Variant,
} from './survey-fixtures';

const registry = createAppRegistry();
let ctx = createContext('cli', { recent: noRecentStore });

afterEach(() => {
  ctx.session.project?.close();
  ctx = createContext('cli', { recent: noRecentStore });
});

async function project() {
  const dir = mkdtempSync(join(tmpdir(), 'kvalkod-survey-'));
  await registry.call('project.create', { path: join(dir, 'p.kvalkod') }, ctx);
  return dir;
}

async function sheetFile(dir: string, variant: Variant, table?: string[][], name?: string) {
  const file = VARIANTS.find((v) => v.variant === variant)?.file ?? 'x';
  const path = join(dir, name ?? file);
  writeFileSync(path, await sheetBytes(variant, table));
  return { path };
}

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err as Error & { code: string; params?: Record<string, string | number> };
  }
  throw new Error('expected a failure');
};

describe.each(VARIANTS)(
  'a questionnaire from $variant',
  ({ variant, format, delimiter, encoding }) => {
    it('is previewed with the proposed mapping, imported, and gives the ranked table', async () => {
      const dir = await project();
      const source = await sheetFile(dir, variant);
      const preview = await registry.call('survey.preview', { source }, ctx);
      expect(preview).toMatchObject({
        format,
        delimiter,
        encoding,
        header: HEADER,
        rowCount: 6,
        problems: [],
      });
      expect(preview.sample[1]?.[3]).toBe('2. Introduktionsprogram och mentorskap för nyanställda');
      expect(preview.proposal).toEqual(MAPPING);

      const report = await registry.call(
        'survey.import',
        { source, mapping: preview.proposal },
        ctx,
      );
      expect(report).toMatchObject({ documents: 3, answers: 11 + 10 });
      expect(report.survey).toMatchObject({
        name: 'enkät',
        respondents: 6,
        attributes: ['Roll', 'Verksamhetsområde'],
      });
      expect(report.survey.questions.map((q) => [q.name, q.kind, q.alternatives])).toEqual([
        ['Längst', 'ranked', 3],
        ['Behov', 'ranked', 3],
        ['Skillnad', 'text', 0],
      ]);

      const [table] = await registry.call('survey.table', { question: 'Längst' }, ctx);
      if (!table) throw new Error('no table');
      expect(table.base).toBe(6);
      for (const [area, counts] of Object.entries(LANGST))
        expect(
          table.rows
            .find((r) => r.key === area)
            ?.cells.slice(0, 3)
            .map((c) => c.n),
        ).toEqual(counts);
      expect(
        table.rows
          .find((r) => r.key === 'none')
          ?.cells.slice(0, 3)
          .map((c) => c.n),
      ).toEqual([1, 2, 4]);
      expect(table.checks).toEqual([]);
    });
  },
);

describe('an imported questionnaire', () => {
  it('stores open answers as codeable documents linked to respondent and question, found by search', async () => {
    const dir = await project();
    await registry.call(
      'survey.import',
      { source: await sheetFile(dir, 'csv-1252-semicolon'), mapping: MAPPING },
      ctx,
    );
    const docs = await registry.call('documents.list', {}, ctx);
    expect(docs.map((d) => [d.name, d.kind, d.sourceName])).toEqual([
      ['1 – Skillnad', 'answer', 'enkät.csv'],
      ['3 – Skillnad', 'answer', 'enkät.csv'],
      ['6 – Skillnad', 'answer', 'enkät.csv'],
    ]);
    const content = await registry.call('documents.content', { ref: '1 – Skillnad' }, ctx);
    expect(content.text).toBe('Ja, introduktionen; mentorn gjorde skillnad.');
    const db = ctx.session.project?.db;
    const link = db
      ?.prepare(
        `SELECT r.external_id, q.name FROM documents d JOIN respondents r ON r.id = d.respondent_id
           JOIN survey_questions q ON q.id = d.question_id WHERE d.name = ?`,
      )
      .get('6 – Skillnad');
    expect(link).toEqual({ external_id: '6', name: 'Skillnad' });
    const hits = await registry.call('search.text', { query: 'chefer' }, ctx);
    expect(hits.map((h) => h.document)).toEqual(['6 – Skillnad']);
  });

  it('splits a table by a respondent attribute, in the attribute order, bases adding up', async () => {
    const dir = await project();
    await registry.call(
      'survey.import',
      { source: await sheetFile(dir, 'xlsx'), mapping: MAPPING },
      ctx,
    );
    const tables = await registry.call('survey.table', { question: 'längst', by: 'Roll' }, ctx);
    expect(tables.map((t) => [t.title, t.base])).toEqual([
      ['Längst', 6],
      ['Längst – Roll: Chef', 3],
      ['Längst – Roll: Medarbetare', 3],
    ]);
    expect(tables[1]?.notes).toContainEqual({ key: 'filters', values: { text: 'Roll = Chef' } });
    expect(tables[1]?.rows.find((r) => r.key === '5')?.cells.map((c) => c.n)).toEqual([
      1, 2, 0, 3, 3,
    ]);
  });

  it('puts respondents without a value in a table of their own', async () => {
    const dir = await project();
    const rows = ROWS.map((r, i) => (i === 4 ? r.map((c, j) => (j === 1 ? '' : c)) : r));
    await registry.call(
      'survey.import',
      { source: await sheetFile(dir, 'tsv-utf8', [HEADER, ...rows]), mapping: MAPPING },
      ctx,
    );
    const tables = await registry.call('survey.table', { question: 'Behov', by: 'Roll' }, ctx);
    expect(tables.map((t) => [t.title, t.base])).toEqual([
      ['Behov', 6],
      ['Behov – Roll: Chef', 3],
      ['Behov – Roll: Medarbetare', 2],
      ['Behov – Roll: Uppgift saknas', 1],
    ]);
  });

  it('is deleted whole, with its open-answer documents', async () => {
    const dir = await project();
    const { survey } = await registry.call(
      'survey.import',
      { source: await sheetFile(dir, 'xlsx'), mapping: MAPPING },
      ctx,
    );
    expect(await registry.call('survey.delete', { id: survey.id }, ctx)).toEqual({ deleted: 1 });
    expect(await registry.call('survey.list', {}, ctx)).toEqual([]);
    expect(await registry.call('documents.list', {}, ctx)).toEqual([]);
    // The question name is free again.
    await registry.call(
      'survey.import',
      { source: await sheetFile(dir, 'xlsx'), mapping: MAPPING },
      ctx,
    );
  });
});

describe('a questionnaire that cannot be read is not saved at all', () => {
  const bad = [
    ...ROWS.slice(0, 2),
    ['3', 'Chef', 'Ek', '15', 'Lön', '', '', '', '', 'Text'],
    ['3', 'Chef', 'Ek', '2', '2', '', '', '', '', ''],
    ['', 'Chef', 'Ek', '', '', '', '', '', '', ''],
  ];

  it('lists every bad cell in the error and in the preview', async () => {
    const dir = await project();
    const source = await sheetFile(dir, 'csv-utf8-bom-comma', [HEADER, ...bad]);
    const before = await registry.call('attributes.list', {}, ctx);
    const err = await failure(registry.call('survey.import', { source, mapping: MAPPING }, ctx));
    // The window words the failure from its code and params: the file, the first bad cell's row and
    // field (column), and why; the CLI prints the English message with every cell.
    expect(err.code).toBe('survey_cells_unreadable');
    expect(err.params).toEqual({
      file: 'enkät.csv',
      count: 5,
      row: 4,
      field: 'Längst 1',
      value: '15',
      reason: 'no_area',
    });
    expect(err.message).toBe(
      'enkät.csv was not imported, nothing was saved: 5 cells cannot be read: ' +
        'row 4, column Längst 1: "15" matches no area; ' +
        'row 4, column Längst 2: "Lön" matches no area; ' +
        'row 5, column ID: the ID "3" is used by an earlier row too; ' +
        'row 5, column Längst 2: "2" names the same area twice in one question; ' +
        'row 6, column ID: the respondent ID is empty.',
    );
    expect(await registry.call('survey.list', {}, ctx)).toEqual([]);
    expect(await registry.call('documents.list', {}, ctx)).toEqual([]);
    expect(await registry.call('attributes.list', {}, ctx)).toEqual(before);
    const preview = await registry.call('survey.preview', { source, mapping: MAPPING }, ctx);
    expect(preview.problems.map((p) => [p.row, p.column, p.value, p.reason])).toEqual([
      [4, 'Längst 1', '15', 'no_area'],
      [4, 'Längst 2', 'Lön', 'no_area'],
      [5, 'ID', '3', 'duplicate_id'],
      [5, 'Längst 2', '2', 'repeated_area'],
      [6, 'ID', '', 'missing_id'],
    ]);
  });

  it('refuses a second question of the same name, keeping the first', async () => {
    const dir = await project();
    const source = await sheetFile(dir, 'xlsx');
    await registry.call('survey.import', { source, mapping: MAPPING }, ctx);
    const err = await failure(
      registry.call('survey.import', { source, mapping: { ...MAPPING, text: [] } }, ctx),
    );
    expect(err.message).toMatch(
      /already has a question "Längst" and a question "Behov"\. Question names are unique/,
    );
    expect(err.code).toBe('survey_question_exists');
    expect(err.params).toMatchObject({ question: 'Längst', count: 2 });
    expect(err.params?.file).toMatch(/\.xlsx$/);
    const surveys = await registry.call('survey.list', {}, ctx);
    expect(surveys).toHaveLength(1);
    expect(surveys[0]?.respondents).toBe(6);
  });

  it.each<[string, object, RegExp, string, object]>([
    [
      'a column that is not in the sheet',
      { ...MAPPING, attributes: ['Kön'] },
      /There is no column "Kön" in the sheet\./,
      'survey_no_column',
      { field: 'Kön' },
    ],
    [
      'a column used twice',
      { ...MAPPING, text: ['Roll'] },
      /Column "Roll" is both an attribute and an open question\./,
      'survey_column_reused',
      { field: 'Roll' },
    ],
  ])('refuses %s', async (_, mapping, message, code, params) => {
    const dir = await project();
    const source = await sheetFile(dir, 'xlsx');
    const err = await failure(registry.call('survey.import', { source, mapping }, ctx));
    expect(err.message).toMatch(message);
    expect(err.code).toBe(code);
    expect(err.params).toMatchObject(params);
    expect(err.params?.file).toMatch(/\.xlsx$/);
    expect(await registry.call('survey.list', {}, ctx)).toEqual([]);
  });

  it('refuses a file that is no sheet, naming it', async () => {
    const dir = await project();
    writeFileSync(join(dir, 'enkät.docx'), 'x');
    const err = await failure(
      registry.call('survey.preview', { source: { path: join(dir, 'enkät.docx') } }, ctx),
    );
    expect(err.message).toBe('enkät.docx: only .csv and .xlsx sheets can be read.');
  });
});

describe('survey.table refuses what it cannot draw', () => {
  it.each<[string, { question: string; by?: string }, RegExp]>([
    [
      'an unknown question',
      { question: 'Bäst' },
      /There is no question "Bäst"\. Ranked questions: Längst, Behov\./,
    ],
    ['an open question', { question: 'Skillnad' }, /"Skillnad" is an open question/],
    [
      'an attribute respondents lack',
      { question: 'Längst', by: 'Grupp' },
      /No respondent of "Längst" has a value of "Grupp"\. Split by one of: Roll, Verksamhetsområde\./,
    ],
  ])('%s', async (_, input, message) => {
    const dir = await project();
    await registry.call(
      'survey.import',
      { source: await sheetFile(dir, 'xlsx'), mapping: MAPPING },
      ctx,
    );
    const err = await failure(registry.call('survey.table', input, ctx));
    expect(err.message).toMatch(message);
  });
});
