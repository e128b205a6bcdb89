import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  rowsToCsv,
  segmentTable,
  sheetName,
  tableToCsv,
  tableToXlsx,
  xmlSafe,
} from '../../../electron/export/table-writers';
import { neutraliseCell } from '../../../shared/export/csv-cell';
import { ATTRIBUTE_NAMES, readWorkbook, SEGMENTS } from './fixtures';

const SV_HEADER = [
  'Dokument',
  'Talare',
  'Roll',
  'Start',
  'Slut',
  'Koder',
  ...ATTRIBUTE_NAMES,
  'Text',
];

describe('segmentTable', () => {
  it('has one row per passage, in order, with the columns the brief names', () => {
    const table = segmentTable(SEGMENTS, ATTRIBUTE_NAMES, 'sv');
    expect(table.header).toEqual(SV_HEADER);
    expect(table.rows).toEqual([
      [
        'Lindholmen_HT2017_Chefer',
        'IP2',
        'Deltagare',
        120,
        181,
        '3. Kompetensförsörjning; Störst behov',
        'Lindholmen',
        'Chefer',
        'BOU, Äldre',
        SEGMENTS[0]?.text,
      ],
      [
        'Åsbacka_HT2018_Medarbetare',
        'Intervjuare',
        'Intervjuare',
        0,
        40,
        'Lokaler och kontorslandskap',
        '',
        'Medarbetare',
        '',
        SEGMENTS[1]?.text,
      ],
      [
        'Åsbacka_HT2018_Medarbetare',
        '',
        '',
        500,
        520,
        'Lokaler och kontorslandskap',
        '',
        '',
        '',
        SEGMENTS[2]?.text,
      ],
    ]);
  });

  it.each([
    ['sv', 'Dokument', 'Deltagare', 'Intervjuare'],
    ['en', 'Document', 'Participant', 'Interviewer'],
  ] as const)('names columns and roles in %s', (language, first, participant, interviewer) => {
    const table = segmentTable(SEGMENTS, [], language);
    expect(table.header[0]).toBe(first);
    expect(table.rows.map((r) => r[2])).toEqual([participant, interviewer, '']);
  });

  it('is empty but for its header when nothing was found', () => {
    expect(segmentTable([], ATTRIBUTE_NAMES, 'sv')).toEqual({ header: SV_HEADER, rows: [] });
  });
});

describe('tableToCsv', () => {
  it.each([';', ','] as const)('round-trips every cell with delimiter %s', (delimiter) => {
    const table = segmentTable(SEGMENTS, ATTRIBUTE_NAMES, 'sv');
    const buffer = tableToCsv(table, delimiter);
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buffer.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe(SV_HEADER.join(delimiter));
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    // A passage that starts with "- " (a dash line) comes back after the formula guard's apostrophe.
    const asWritten = (c: string | number) =>
      typeof c === 'string' ? neutraliseCell(c) : String(c);
    expect(parsed.data).toEqual([table.header, ...table.rows.map((r) => r.map(asWritten))]);
    expect(parsed.data.some((r) => r.some((c) => c.startsWith("'- Ja")))).toBe(true);
  });

  it('quotes only what needs it, doubling quotes (RFC 4180)', () => {
    const csv = tableToCsv(
      {
        header: ['a', 'b'],
        rows: [
          ['x;y', 'say "hi"'],
          ['plain', 'two\nlines'],
        ],
      },
      ';',
    )
      .toString('utf8')
      .slice(1);
    expect(csv).toBe('a;b\r\n"x;y";"say ""hi"""\r\nplain;"two\nlines"\r\n');
  });
});

describe('tableToXlsx', () => {
  it('writes a bold, frozen header and every passage, read back with exceljs', async () => {
    const table = segmentTable(SEGMENTS, ATTRIBUTE_NAMES, 'sv');
    const book = await readWorkbook(await tableToXlsx(table, 'Kodade avsnitt: 3 AND Störst behov'));
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.name).toBe('Kodade avsnitt  3 AND Störst be');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font.bold).toBe(true);
    const values = (row: number) =>
      table.header.map((_, i) => {
        const v = sheet.getRow(row).getCell(i + 1).value;
        return v === null ? '' : v;
      });
    expect(values(1)).toEqual(table.header);
    table.rows.forEach((r, i) => expect(values(i + 2)).toEqual(r));
    expect(sheet.rowCount).toBe(SEGMENTS.length + 1);
  });

  it('drops characters XML cannot hold instead of writing a file Excel refuses', async () => {
    const book = await readWorkbook(
      await tableToXlsx({ header: ['Text'], rows: [['a\u000bb\u0001c']] }, 'x'),
    );
    expect(book.worksheets[0]?.getRow(2).getCell(1).value).toBe('abc');
  });
});

describe('small helpers', () => {
  it.each([
    ['Kodade avsnitt', 'Kodade avsnitt'],
    ['a/b\\c[d]e:f*g?h', 'a b c d e f g h'],
    ["'quoted'", 'quoted'],
    ['', 'Export'],
    ['x'.repeat(40), 'x'.repeat(31)],
  ])('sheetName(%j) is %j', (title, name) => expect(sheetName(title)).toBe(name));

  it.each([
    ['å ä ö', 'å ä ö'],
    ['tab\tand\nnewline', 'tab\tand\nnewline'],
    ['bell\u0007', 'bell'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['pair 😀', 'pair 😀'],
  ])('xmlSafe(%j) is %j', (input, output) => expect(xmlSafe(input)).toBe(output));
});

describe('CSV cells that a spreadsheet would run as formulas', () => {
  it('are written after an apostrophe; numbers and ordinary text stay as they are', () => {
    const csv = rowsToCsv(
      [
        ['=1+1', '+46 70 123 45 67', '@SUM(A1)', '- punkt', 'Lön', -3, 42],
        ['\t=1', '\r=2', '34,2'],
      ],
      ';',
    )
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(csv, { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toEqual([
      ["'=1+1", "'+46 70 123 45 67", "'@SUM(A1)", "'- punkt", 'Lön', '-3', '42'],
      ["'\t=1", "'\r=2", '34,2'],
    ]);
  });
});
