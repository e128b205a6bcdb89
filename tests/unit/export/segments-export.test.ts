import mammoth from 'mammoth';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportSegments,
  oneLineTitle,
  passageHeading,
  segmentsToDocx,
  TITLE_CHARS,
} from '../../../electron/export/segments-export';
import { tablesToDocx } from '../../../electron/export/table-docx';
import { zipEntry } from '../tables-export/read-back';
import { CROSS } from '../tables-export/fixtures';
import { codingProject, type CodingFixture } from '../db/coding-fixture';
import { ATTRIBUTE_NAMES, readWorkbook, SEGMENTS } from './fixtures';

const docxText = async (buffer: Buffer) => (await mammoth.extractRawText({ buffer })).value;

describe('segmentsToDocx', () => {
  it('holds the title, the query in words, and each passage under its heading line', async () => {
    const text = await docxText(
      await segmentsToDocx(SEGMENTS, {
        title: 'Kodade avsnitt',
        description: 'Alla av: 3. Kompetensförsörjning. Roller: Deltagare.',
        language: 'sv',
        attributeNames: ATTRIBUTE_NAMES,
      }),
    );
    const paragraphs = text.split(/\n+/);
    expect(paragraphs.slice(0, 3)).toEqual([
      'Kodade avsnitt',
      'Alla av: 3. Kompetensförsörjning. Roller: Deltagare.',
      '3 kodade avsnitt',
    ]);
    for (const s of SEGMENTS) {
      expect(paragraphs).toContain(passageHeading(s, ATTRIBUTE_NAMES, 'sv'));
      for (const line of s.text.split('\n')) expect(paragraphs).toContain(line);
    }
    expect(paragraphs).toContain('Koder: 3. Kompetensförsörjning; Störst behov');
  });

  it('is set like the table exports: Calibri on A4 with their margins, a one-line bold title, the query written out as logic', async () => {
    const long =
      'Kodade avsnitt – 3 Antal medarbetare som är rimligt i förhållande till chefers och medarbetares uppdrag, Störst behov';
    const buffer = await segmentsToDocx(SEGMENTS, {
      title: long,
      description: 'Kodade avsnitt med …',
      language: 'sv',
      attributeNames: ATTRIBUTE_NAMES,
      query: {
        all: ['3. Antal medarbetare'],
        any: ['Lön', 'Hinder'],
        none: ['Övrigt'],
        attributes: { Grupp: ['Chefer'] },
        roles: ['participant'],
      },
    });
    const paragraphs = (await docxText(buffer)).split(/\n+/);
    expect(paragraphs.slice(0, 4)).toEqual([
      oneLineTitle(long),
      'Fråga: ”3. Antal medarbetare” OCH (”Lön” ELLER ”Hinder”) OCH INTE ”Övrigt”',
      'Urval: Grupp = Chefer; talare: deltagare',
      '3 kodade avsnitt',
    ]);
    expect(paragraphs[0]?.length).toBeLessThanOrEqual(TITLE_CHARS);
    const styles = await zipEntry(buffer, 'word/styles.xml');
    const tableStyles = await zipEntry(await tablesToDocx([CROSS], 'sv'), 'word/styles.xml');
    const font = /<w:docDefaults>.*?w:ascii="([^"]+)".*?<w:sz w:val="(\d+)"/su;
    expect(font.exec(styles)?.slice(1)).toEqual(font.exec(tableStyles)?.slice(1));
    const title = /<w:style [^>]*w:styleId="Title".*?<\/w:style>/su.exec(styles)?.[0] ?? '';
    expect(title).toContain('w:ascii="Calibri"');
    expect(title).toContain('<w:b/>');
    expect(title).toContain('<w:sz w:val="24"/>');
    const page = /<w:pgMar [^>]*>/u;
    expect(page.exec(await zipEntry(buffer, 'word/document.xml'))?.[0]).toContain('w:left="1417"');
  });

  it.each([
    ['Kodade avsnitt', 'Kodade avsnitt'],
    ['  Två\n rader ', 'Två rader'],
    [`${'ord '.repeat(30)}slut`, `${'ord '.repeat(17).trim()}…`],
  ])('oneLineTitle(%j)', (title, line) => {
    expect(oneLineTitle(title)).toBe(line);
  });

  it.each([
    [0, 'sv', 'Lindholmen_HT2017_Chefer · IP2 (Deltagare) · Lindholmen · Chefer · BOU, Äldre'],
    [1, 'en', 'Åsbacka_HT2018_Medarbetare · Intervjuare (Interviewer) · Medarbetare'],
    [2, 'sv', 'Åsbacka_HT2018_Medarbetare'],
  ] as const)('heading of passage %i in %s', (i, language, heading) => {
    const s = SEGMENTS[i];
    if (!s) throw new Error('no segment');
    expect(passageHeading(s, ATTRIBUTE_NAMES, language)).toBe(heading);
  });
});

describe('exportFileName', () => {
  it.each([
    ['Kodade avsnitt', 'docx', 'Kodade avsnitt.docx'],
    ['3: Lokaler / "kontor"?', 'csv', '3 Lokaler kontor.csv'],
    ['...', 'xlsx', 'Kvalkod.xlsx'],
  ] as const)('%j as %s is %j', (title, format, name) =>
    expect(exportFileName(title, format)).toBe(name),
  );
});

describe('segments.export through the handler registry', () => {
  let fx: CodingFixture;
  afterEach(async () => fx.close());

  it('exports exactly what segments.retrieve lists, in each format', async () => {
    fx = await codingProject();
    const lokaler = fx.code('Lokaler och kontorslandskap').id;
    const area3 = fx.code(3).id;
    for (const [doc, needle] of [
      [0, 'Kontorslandskapet är bullrigt!'],
      [1, 'Vi har kontorslandskap här också.'],
      [0, 'Var har arbetet kommit längst?'],
    ] as const) {
      await fx.call('segments.create', {
        documentId: fx.docId(doc),
        ...fx.find(doc, needle),
        codeIds: [lokaler],
      });
    }
    await fx.call('segments.create', {
      documentId: fx.docId(0),
      ...fx.find(0, 'Introduktionen fungerar bra.'),
      codeIds: [area3],
    });

    const query = {
      codes: { all: [lokaler], any: [], none: [] },
      attributes: {},
      speakerRoles: ['participant' as const],
    };
    const shown = await fx.call('segments.retrieve', query);
    expect(shown.map((s) => s.text).sort()).toEqual([
      'Kontorslandskapet är bullrigt!',
      'Vi har kontorslandskap här också.',
    ]);

    const csv = await fx.call('segments.export', {
      ...query,
      format: 'csv',
      delimiter: ';',
      title: 'Lokaler',
    });
    expect(csv.fileName).toBe('Lokaler.csv');
    const rows = Papa.parse<string[]>(Buffer.from(csv.base64, 'base64').toString('utf8').slice(1), {
      delimiter: ';',
      skipEmptyLines: true,
    }).data;
    expect(rows[0]?.slice(0, 6)).toEqual(['Dokument', 'Talare', 'Roll', 'Start', 'Slut', 'Koder']);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(shown.map((s) => s.text));
    expect(rows.slice(1).map((r) => r[0])).toEqual(shown.map((s) => s.document));

    const xlsx = await fx.call('segments.export', {
      ...query,
      format: 'xlsx',
      title: 'Lokaler',
      language: 'en',
    });
    const book = await readWorkbook(Buffer.from(xlsx.base64, 'base64'));
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Document');
    expect(sheet?.getRow(1).values).toContain('Grupp');
    expect(sheet?.rowCount).toBe(shown.length + 1);

    const docx = await fx.call('segments.export', {
      ...query,
      format: 'docx',
      title: 'Lokaler',
      description: 'Koden Lokaler och kontorslandskap',
    });
    const text = await docxText(Buffer.from(docx.base64, 'base64'));
    // The query as the handler received it, written out with its logic and selection.
    expect(text).toContain('Fråga: ”Lokaler och kontorslandskap”');
    expect(text).toContain('Urval: talare: deltagare');
    for (const s of shown) expect(text).toContain(s.text);
    expect(text).not.toContain('Var har arbetet kommit längst?');
  });

  it('refuses an unknown format before doing anything', async () => {
    fx = await codingProject();
    await expect(
      fx.call('segments.export', {
        codes: { all: [], any: [], none: [] },
        // @ts-expect-error -- an input from outside may say anything
        format: 'pdf',
        title: 'x',
      }),
    ).rejects.toThrow(/format/);
  });
});

describe('exportSegments', () => {
  it('returns base64 that decodes to the same file', async () => {
    const file = await exportSegments(SEGMENTS, {
      format: 'csv',
      title: 'T',
      description: '',
      delimiter: ',',
      language: 'en',
      attributeNames: [],
    });
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toMatch(
      /^\uFEFFDocument,Speaker,Role,Start,End,Codes,Text\r\n/,
    );
  });
});
