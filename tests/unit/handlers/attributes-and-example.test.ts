import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppRegistry } from '../../../electron/handlers';
import { createContext, noRecentStore } from '../../../electron/handlers/create-context';
import { shutdownImportWorker } from '../../../electron/import/parse-in-worker';

const registry = createAppRegistry();
const dir = () => mkdtempSync(join(tmpdir(), 'kvalkod-attr-'));
let ctx = createContext('cli', { recent: noRecentStore });

afterEach(async () => {
  ctx.session.project?.close();
  ctx = createContext('cli', { recent: noRecentStore });
  await shutdownImportWorker();
});

async function projectWithDocs(names: string[]) {
  const d = dir();
  await registry.call('project.create', { path: join(d, 'p.kvalkod') }, ctx);
  const sources = names.map((n) => {
    const path = join(d, `${n}.txt`);
    writeFileSync(path, `Intervjuare: Hej.\n\nIP1: Hej, ${n}.\n`);
    return { path };
  });
  const { jobId } = await registry.call('import.start', { sources, settings: {} }, ctx);
  for (;;) {
    const s = await registry.call('jobs.status', { jobId }, ctx);
    if (s.status === 'done') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return d;
}

const attrs = async () =>
  Object.fromEntries(
    (await registry.call('documents.list', {}, ctx)).map((doc) => [doc.name, doc.attributes]),
  );

describe('attribute sheets', () => {
  it('reads a semicolon-separated Windows-1252 CSV as a Swedish Excel saves it', async () => {
    const d = await projectWithDocs(['Östra_1', 'Västra_2']);
    const csv =
      'Dokument;Stadsdelsförvaltning;Grupp;Verksamhetsområden;Datum\r\nÖstra_1;Östra;Chefer;BOU, Äldre;2017-10-12\r\nVästra_2;Västra;Medarbetare;Ek;2018-03-01\r\nOkänd;X;Chefer;;\r\n';
    writeFileSync(join(d, 'egenskaper.csv'), iconv.encode(csv, 'win1252'));
    const result = await registry.call(
      'attributes.importSheet',
      { source: { path: join(d, 'egenskaper.csv') } },
      ctx,
    );
    expect(result).toEqual({ updated: 2, unknownDocuments: ['Okänd'], warnings: [] });
    expect(await attrs()).toEqual({
      Östra_1: {
        Stadsdelsförvaltning: 'Östra',
        Grupp: 'Chefer',
        Verksamhetsområden: ['BOU', 'Äldre'],
        Datum: '2017-10-12',
      },
      Västra_2: {
        Stadsdelsförvaltning: 'Västra',
        Grupp: 'Medarbetare',
        Verksamhetsområden: ['Ek'],
        Datum: '2018-03-01',
      },
    });
  });

  it('reads an XLSX sheet, with real Excel dates and numbers, and creates a new attribute column', async () => {
    const d = await projectWithDocs(['A', 'B']);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Blad1');
    ws.addRow(['Dokument', 'Datum', 'Längd', 'Kommentar']);
    ws.addRow(['A', new Date(Date.UTC(2017, 9, 12)), 75, 'Bra samtal']);
    ws.addRow(['B', new Date(Date.UTC(2018, 2, 1)), 81.5, '']);
    await wb.xlsx.writeFile(join(d, 'egenskaper.xlsx'));
    const result = await registry.call(
      'attributes.importSheet',
      { source: { path: join(d, 'egenskaper.xlsx') } },
      ctx,
    );
    expect(result.updated).toBe(2);
    // A message for the window to word (shared/messages), not an English sentence.
    expect(result.warnings).toEqual([
      { code: 'attributeFromColumn', params: { attribute: 'Kommentar' } },
    ]);
    expect(await attrs()).toEqual({
      A: { Datum: '2017-10-12', Längd: '75', Kommentar: 'Bra samtal' },
      B: { Datum: '2018-03-01', Längd: '81.5' },
    });
  });

  it('refuses a sheet with bad cells, naming row and column, and changes nothing', async () => {
    const d = await projectWithDocs(['A']);
    writeFileSync(join(d, 's.csv'), 'Dokument,Datum,Längd\nA,2017-10-12,75\nA,12/10/2017,lång\n');
    await expect(
      registry.call('attributes.importSheet', { source: { path: join(d, 's.csv') } }, ctx),
    ).rejects.toMatchObject({
      code: 'sheet_cells_invalid',
      message: expect.stringMatching(
        /s\.csv was not read, nothing was changed: row 3, Datum: .*12\/10\/2017.*row 3, Längd: .*lång/,
      ) as string,
      params: { file: 's.csv', count: 2, row: 3, problem: 'valueNotDate', attribute: 'Datum' },
    });
    expect(await attrs()).toEqual({ A: {} });
  });

  it('fills attributes from file names and sets one value on many documents at once', async () => {
    await projectWithDocs(['Lindholmen_HT2017_Chefer', 'Bergsjön_VT2018_Medarbetare', 'felnamn']);
    const r = await registry.call(
      'attributes.fromFilenames',
      { pattern: '{Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}' },
      ctx,
    );
    expect(r).toEqual({ updated: 2, unmatched: ['felnamn'] });
    const ids = (await registry.call('documents.list', {}, ctx)).map((doc) => doc.id);
    await registry.call(
      'attributes.setValues',
      { documentIds: ids, attribute: 'Verksamhetsområden', values: ['BOU', 'Ek'] },
      ctx,
    );
    const all = await attrs();
    expect(all.Lindholmen_HT2017_Chefer).toEqual({
      Stadsdelsförvaltning: 'Lindholmen',
      Intervjuomgång: 'HT 2017',
      Grupp: 'Chefer',
      Verksamhetsområden: ['BOU', 'Ek'],
    });
    expect(all.felnamn).toEqual({ Verksamhetsområden: ['BOU', 'Ek'] });
    await expect(
      registry.call(
        'attributes.setValues',
        { documentIds: ids, attribute: 'Grupp', values: ['A', 'B'] },
        ctx,
      ),
    ).rejects.toThrow(/Grupp takes one value/);
  });
});

describe('speakers', () => {
  it('renames, re-roles and merges speakers of one interview', async () => {
    await projectWithDocs(['A']);
    const [doc] = await registry.call('documents.list', {}, ctx);
    const speakers = doc?.speakers ?? [];
    const ip1 = speakers.find((s) => s.label === 'IP1');
    const interviewer = speakers.find((s) => s.label === 'Intervjuare');
    if (!ip1 || !interviewer || !doc) throw new Error('speakers missing');
    await registry.call('speakers.update', { speakerId: ip1.id, label: 'Anna' }, ctx);
    await expect(
      registry.call('speakers.update', { speakerId: interviewer.id, label: 'Anna' }, ctx),
    ).rejects.toThrow(/already has a speaker "Anna"/);
    await registry.call('speakers.update', { speakerId: interviewer.id, role: 'participant' }, ctx);
    await registry.call('speakers.merge', { from: interviewer.id, into: ip1.id }, ctx);
    const content = await registry.call('documents.content', { ref: doc.id }, ctx);
    expect(content.speakers).toEqual([
      { id: ip1.id, label: 'Anna', role: 'participant', turns: 2 },
    ]);
    expect(content.turns.every((t) => t.speakerId === ip1.id)).toBe(true);
  });
});

describe('example project', () => {
  it('creates a project from the shipped transcripts, with speakers and attributes', async () => {
    const d = dir();
    const summary = await registry.call('example.create', { path: join(d, 'Exempel') }, ctx);
    expect(summary.path).toBe(join(d, 'Exempel.kvalkod'));
    const docs = await registry.call('documents.list', {}, ctx);
    expect(docs.length).toBeGreaterThanOrEqual(5);
    for (const doc of docs) {
      expect(doc.speakers.length, doc.name).toBeGreaterThanOrEqual(3);
      expect(
        doc.speakers.some((s) => s.role === 'interviewer'),
        doc.name,
      ).toBe(true);
      expect(doc.attributes.Grupp, doc.name).toMatch(/^(Chefer|Medarbetare)$/);
      expect(doc.attributes.Intervjuomgång, doc.name).toMatch(/^(HT|VT) 20\d\d$/);
      expect(Array.isArray(doc.attributes.Verksamhetsområden)).toBe(true);
    }
    // Without `coded`, no passage: the researcher codes from scratch.
    expect(Object.values(await registry.call('codes.counts', {}, ctx))).not.toContain(1);
  });

  it('with coded: true, ships its coded passages (area and assessment on each), no undo step', async () => {
    const d = dir();
    await registry.call('example.create', { path: join(d, 'Kodat'), coded: true }, ctx);
    const codes = await registry.call('codes.list', {}, ctx);
    const counts = await registry.call('codes.counts', {}, ctx);
    const count = (name: string) => counts[codes.find((c) => c.name === name)?.id ?? -1] ?? 0;
    expect(count('Kommit längst')).toBeGreaterThanOrEqual(10);
    expect(count('Störst behov')).toBeGreaterThanOrEqual(8);
    expect(count('Lämpliga lokaler och fungerande arbetsredskap')).toBe(3);
    const docs = await registry.call('documents.list', {}, ctx);
    for (const doc of docs) {
      const passages = await registry.call('segments.list', { documentId: doc.id }, ctx);
      expect(passages.length, doc.name).toBeGreaterThan(0);
      for (const p of passages) {
        expect(p.coder).toBe('Exempel');
        expect(
          p.codes.some((c) => c.number !== null),
          doc.name,
        ).toBe(true);
      }
    }
    expect((await registry.call('history.state', {}, ctx)).canUndo).toBe(false);
  });
});
