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
import { htmlToBlocks } from '../../../electron/import/docx-html';
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

describe('htmlToBlocks', () => {
  it.each([
    ['entities', '<p>&quot;a&quot; &amp;&#160;b</p>', [['paragraph', '"a" &\u00a0b']]],
    ['br is a soft break', '<p>ett<br />två</p>', [['paragraph', 'ett\ntvå']]],
    [
      'images and back-links dropped',
      '<p>a<img src="x" alt="bild" /><a href="#footnote-ref-1">↑</a></p>',
      [['paragraph', 'a']],
    ],
    [
      'nested list follows its item',
      '<ul><li>ett<ul><li>ett.ett</li></ul></li><li>två</li></ul>',
      [
        ['list-item', 'ett'],
        ['list-item', 'ett.ett'],
        ['list-item', ''],
        ['list-item', 'två'],
      ],
    ],
    [
      'loose text becomes a paragraph',
      'lös <strong>text</strong><p>p</p>',
      [
        ['paragraph', 'lös text'],
        ['paragraph', 'p'],
      ],
    ],
    [
      'thead and tbody rows',
      '<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>',
      [
        ['table-row', 'A'],
        ['table-row', '1'],
      ],
    ],
  ])('%s', (_name, html, expected) => {
    expect(htmlToBlocks(html).map((b) => [b.kind, b.text])).toEqual(expected);
  });
});
