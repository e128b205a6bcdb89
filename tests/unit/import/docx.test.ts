import {
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { describe, expect, it } from 'vitest';
import {
  documentBlocks,
  type DocxDocument,
  type DocxElement,
} from '../../../electron/import/docx-document';
import { parseFile } from '../../../electron/import/parse-file';
import { docxBuffer, expectWellFormed, minimalDocx, paragraphTexts, writeTemp } from './fixtures';

const cell = (...texts: string[]) =>
  new TableCell({ children: texts.map((t) => new Paragraph(t)) });

async function interviewDocx(): Promise<Buffer> {
  return docxBuffer(
    [
      new Paragraph({ text: 'Gruppintervju 3 – ekonomi', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [
          // eslint-disable-next-line @typescript-eslint/no-deprecated -- the rule mistakes docx's option for String#bold
          new TextRun({ text: 'Intervjuare:', bold: true }),
          new TextRun(' Första raden.'),
          new TextRun({ text: 'Andra raden & <inget> "citat"', break: 1 }),
        ],
      }),
      new Paragraph(''),
      new Paragraph({ children: [new TextRun('Åsa: Det här är svårt – även för chefer.')] }),
      new Paragraph({ text: 'Bakgrund', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'första punkten', numbering: { reference: 'bullets', level: 0 } }),
      new Paragraph({ text: 'andra punkten', numbering: { reference: 'bullets', level: 0 } }),
      new Table({
        rows: [
          new TableRow({ tableHeader: true, children: [cell('Namn'), cell('Roll')] }),
          new TableRow({ children: [cell('Åsa'), cell('Chef', 'HR')] }),
          new TableRow({ children: [cell(''), cell('')] }),
          new TableRow({ children: [cell(''), cell('Émile')] }),
        ],
      }),
      new Paragraph({ children: [new TextRun('Slut.'), new FootnoteReferenceRun(1)] }),
    ],
    {
      numbering: {
        config: [
          { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }] },
        ],
      },
      footnotes: { 1: { children: [new Paragraph('Fotnoten.')] } },
    },
  );
}

describe('parseFile on .docx', () => {
  it('keeps paragraphs, soft breaks, headings, lists and table rows', async () => {
    const doc = await parseFile(writeTemp('intervju3.docx', await interviewDocx()));
    expect(doc).toMatchObject({ format: 'docx', encoding: null });
    expect(doc.paragraphs.map((p) => [doc.text.slice(p.start, p.end), p.kind])).toEqual([
      ['Gruppintervju 3 – ekonomi', 'heading'],
      ['Intervjuare: Första raden.\nAndra raden & <inget> "citat"', 'paragraph'],
      ['Åsa: Det här är svårt – även för chefer.', 'paragraph'],
      ['Bakgrund', 'heading'],
      ['första punkten', 'list-item'],
      ['andra punkten', 'list-item'],
      ['Namn\tRoll', 'table-row'],
      ['Åsa\tChef\nHR', 'table-row'],
      ['\tÉmile', 'table-row'],
      ['Slut.[1]', 'paragraph'],
      ['Fotnoten.', 'list-item'], // mammoth lists footnotes at the end; its "↑" link is dropped
    ]);
    expectWellFormed(doc);
  });

  it('accepts an upper-case extension', async () => {
    const doc = await parseFile(writeTemp('INTERVJU.DOCX', await interviewDocx()));
    expect(doc.paragraphs).toHaveLength(11);
  });

  it('decodes XML entities and keeps NFC for decomposed input', async () => {
    const xml =
      '<w:p><w:r><w:t xml:space="preserve">a &amp; b &lt;c&gt; &#229;&#x00E4; </w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>A\u030asa</w:t></w:r><w:r><w:tab/><w:t>tab</w:t></w:r></w:p>'; // NFD Åsa
    const doc = await parseFile(writeTemp('entities.docx', minimalDocx(xml)));
    expect(paragraphTexts(doc)).toEqual(['a & b <c> åä', 'Åsa\ttab']);
    expectWellFormed(doc);
  });

  it('reports no text as empty', async () => {
    const xml = '<w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>';
    await expect(parseFile(writeTemp('tom.docx', minimalDocx(xml)))).rejects.toMatchObject({
      reason: 'empty',
      message: 'tom.docx contains no text.',
    });
  });
});

// Elements as mammoth's reader makes them (lib/documents.js), walked without HTML in between.
const text = (value: string): DocxElement => ({ type: 'text', value });
const run = (...children: DocxElement[]): DocxElement => ({ type: 'run', children });
const para = (props: Partial<DocxElement>, ...children: DocxElement[]): DocxElement => ({
  type: 'paragraph',
  ...props,
  children,
});
const p = (value: string, props: Partial<DocxElement> = {}) => para(props, run(text(value)));
const list = (level: string, value: string, styleName: string | null = null) =>
  p(value, { numbering: { level, isOrdered: false }, styleName });
const noteRef = (noteId: string): DocxElement => ({
  type: 'noteReference',
  noteType: 'footnote',
  noteId,
});
const tcell = (...children: DocxElement[]): DocxElement => ({ type: 'tableCell', children });
const row = (...cells: DocxElement[]): DocxElement => ({ type: 'tableRow', children: cells });
const table = (...rows: DocxElement[]): DocxElement => ({ type: 'table', children: rows });
const notes = (bodies: Record<string, DocxElement[]>) => ({
  resolve: (ref: DocxElement) =>
    bodies[ref.noteId ?? ''] ? { type: 'note', body: bodies[ref.noteId ?? ''] } : null,
});

describe("documentBlocks: the text of mammoth's document, by the rules of its default style map", () => {
  it.each<[string, DocxDocument, [string, string][]]>([
    [
      'headings by style id or case-insensitive name; others are paragraphs',
      {
        type: 'document',
        children: [
          p('A', { styleId: 'Heading1' }),
          p('B', { styleName: 'heading 2' }),
          p('C', { styleId: 'Heading' }),
          p('D', { styleId: 'Rubrik1', styleName: 'Rubrik 1' }),
        ],
      },
      [
        ['heading', 'A'],
        ['heading', 'B'],
        ['heading', 'C'],
        ['paragraph', 'D'],
      ],
    ],
    [
      'list levels 1-5 are list items; deeper levels, and note text styles, are paragraphs',
      {
        type: 'document',
        children: [
          list('0', 'ett'),
          list('4', 'fem'),
          list('5', 'sex'),
          list('0', 'fotnot', 'footnote text'),
          p('rubrik', { styleId: 'Heading2', numbering: { level: '0', isOrdered: true } }),
        ],
      },
      [
        ['list-item', 'ett'],
        ['list-item', 'fem'],
        ['paragraph', 'sex'],
        ['paragraph', 'fotnot'],
        ['heading', 'rubrik'],
      ],
    ],
    [
      'a line break is a newline, a page break nothing, a tab a tab; links keep their text',
      {
        type: 'document',
        children: [
          para(
            {},
            run(text('ett'), { type: 'break', breakType: 'line' }, text('två')),
            run({ type: 'break', breakType: 'page' }, { type: 'tab' }, text('tre')),
            { type: 'hyperlink', children: [run(text(' länk'))] },
          ),
        ],
      },
      [['paragraph', 'ett\ntvå\ttre länk']],
    ],
    [
      'images, checkboxes, bookmarks and comment references add no text',
      {
        type: 'document',
        children: [
          para(
            {},
            run(text('a'), { type: 'image' }, { type: 'checkbox' }),
            { type: 'bookmarkStart' },
            { type: 'commentReference' },
            run(text('b')),
          ),
        ],
      },
      [['paragraph', 'ab']],
    ],
    [
      'notes: "[n]" in order of reference, the referenced notes last; a note\'s own reference adds none',
      {
        type: 'document',
        children: [para({}, run(text('x'), noteRef('7')), run(text('y'), noteRef('2')))],
        notes: notes({
          '2': [p('Andra.'), p('Rad två.')],
          '7': [para({}, run(text('Första'), noteRef('9')))],
          '9': [p('Aldrig.')],
        }),
      },
      [
        ['paragraph', 'x[1]y[2]'],
        ['list-item', 'Första[3]'],
        ['list-item', 'Andra.\nRad två.'],
      ],
    ],
    [
      "a note's table or list breaks out of its list item, as mammoth's HTML nested them",
      {
        type: 'document',
        children: [para({}, run(text('x'), noteRef('1')))],
        notes: notes({
          '1': [
            p('Före.'),
            table(row(tcell(p('a')), tcell(p('b')))),
            list('0', 'punkt'),
            p('Efter.'),
          ],
        }),
      },
      [
        ['paragraph', 'x[1]'],
        ['list-item', 'Före.'],
        ['table-row', 'a\tb'],
        ['list-item', ''],
        ['list-item', 'punkt'],
        ['list-item', 'Efter.'],
      ],
    ],
    [
      'a nested table reads as its HTML did: a tab only once the row has text, nothing trimmed',
      {
        type: 'document',
        children: [
          table(
            row(
              tcell(p('Ytter')),
              tcell(table(row(tcell(p('')), tcell(p('x '))), row(tcell(p(''))))),
            ),
          ),
        ],
      },
      [['table-row', 'Ytter\tx']],
    ],
    [
      "table rows: cells by tabs, a cell's paragraphs and nested table on lines, empty rows dropped",
      {
        type: 'document',
        children: [
          table(
            row(tcell(p('Namn')), tcell(p('Roll'))),
            row(tcell(p('Åsa')), tcell(p('Chef'), p(''), p('HR'))),
            row(tcell(p('')), tcell(p(' '))),
            row(tcell(), tcell(table(row(tcell(p('i')), tcell(p('j'))), row(tcell(p('k')))))),
          ),
        ],
      },
      [
        ['table-row', 'Namn\tRoll'],
        ['table-row', 'Åsa\tChef\nHR'],
        ['table-row', ''],
        ['table-row', '\ti\tj\nk'],
      ],
    ],
  ])('%s', (_name, document, expected) => {
    expect(documentBlocks(document).map((b) => [b.kind, b.text])).toEqual(expected);
  });
});
