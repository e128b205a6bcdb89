import mammoth from 'mammoth';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import {
  exportFileName,
  exportSegments,
  passageHeading,
  segmentsToDocx,
} from '../../../electron/export/segments-export';
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
    expect(text).toContain('Koden Lokaler och kontorslandskap');
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
