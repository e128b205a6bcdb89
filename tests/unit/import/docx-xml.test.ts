// docx-xml.ts gives mammoth its element trees from saxes instead of @xmldom/xmldom. The import must
// not change by it: every tree here is compared with the one mammoth's own reader builds, for
// hand-picked XML (what saxes refuses goes to mammoth's reader), for random XML, and for whole
// .docx files through mammoth's conversion.
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import mammoth from 'mammoth';
import mammothXml, { type ReadString } from 'mammoth/lib/xml/index.js';
import { readString as readWithXmldom } from 'mammoth/lib/xml/reader.js';
import { afterEach, describe, expect, it } from 'vitest';
import { transcriptToDocx } from '../../../bench/corpus/docx-writer';
import { generateTranscriptText } from '../../../bench/corpus/generate';
import { createRng, type Rng } from '../../../bench/corpus/prng';
import { readWithSaxes, readXml } from '../../../electron/import/docx-xml';
import { parseFile } from '../../../electron/import/parse-file';
import { docxBuffer, writeTemp } from './fixtures';

const W_URI = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W = `xmlns:w="${W_URI}"`;
const MAP = { [W_URI]: 'w' };

/** What a reader gives: the tree as JSON, or the message it rejects with. */
async function outcome(read: ReadString, xml: string): Promise<string> {
  try {
    return JSON.stringify(await read(xml, MAP));
  } catch (error) {
    return `rejected: ${error instanceof Error ? error.message : String(error)}`;
  }
}

describe('readXml: the tree mammoth reads, from saxes', () => {
  it.each<[string, string]>([
    [
      'entities and character references',
      `<w:t ${W}>a &amp; b &lt; &#228; &#x1F600; &quot;&apos;&gt;</w:t>`,
    ],
    ['CDATA, left out as mammoth leaves it out', `<w:t ${W}>a<![CDATA[b<>]]>c</w:t>`],
    ['comments and processing instructions', `<w:t ${W}>a<!-- x -->c<?pi y?>d</w:t>`],
    [
      'whitespace between elements',
      `<?xml version="1.0"?>\n<w:document ${W}>\n  <w:body> <w:p/>\n</w:body></w:document>\n`,
    ],
    ['line ends', `<w:t ${W}>line1\r\nline2\rline3</w:t>`],
    [
      'attribute values normalised',
      `<w:t ${W} w:val="a\tb\nc&#10;d &amp; &quot;x&quot;" plain='q"q'/>`,
    ],
    [
      'default and undeclared namespaces',
      `<root xmlns="urn:x"><child xmlns="" a="1"/><x:y xmlns:x="urn:y" x:z="2"/></root>`,
    ],
    ['xml:space', `<w:t ${W} xml:space="preserve">  spaced  </w:t>`],
    ['a tab in text', `<w:t ${W}>tab\there</w:t>`],
  ])('%s: the same tree, read by saxes itself', async (_, xml) => {
    const stock = await outcome(readWithXmldom, xml);
    expect(stock).not.toMatch(/^rejected/);
    expect(JSON.stringify(readWithSaxes(xml, MAP))).toBe(stock);
    expect(await outcome(readXml, xml)).toBe(stock);
  });

  it.each<[string, string]>([
    ['an unbound prefix (xmldom reads it)', `<w:t ${W}>unbound <q:x/></w:t>`],
    ['"]]>" in text (xmldom reads it)', `<w:t ${W}>]]> in text</w:t>`],
    ['text after the root (xmldom drops it)', `<a>text</a> trailing`],
    ['a NUL reference (xmldom reads it)', `<a>&#0;</a>`],
    ['a control character (xmldom reads it)', `<a>\u0001</a>`],
    ['"<" in an attribute (xmldom reads it)', `<a x="<"/>`],
    ['an unknown entity (both refuse)', `<w:t ${W}>bad entity &nbsp; here</w:t>`],
    [
      'an entity declared in the document (both refuse)',
      `<!DOCTYPE x [<!ENTITY e "ee">]><x>&e;</x>`,
    ],
    ['a mismatched end tag (both refuse)', `<w:t ${W}>mismatch</w:p>`],
    ['nothing at all (both refuse)', ``],
  ])('%s: saxes refuses, so mammoth reads it with its own reader', async (_, xml) => {
    expect(() => readWithSaxes(xml, MAP)).toThrow();
    expect(await outcome(readXml, xml)).toBe(await outcome(readWithXmldom, xml));
  });
});

const NAMESPACES = [
  { prefix: 'w', uri: W_URI },
  { prefix: 'o', uri: 'urn:unmapped' },
];
const TEXT_PIECES = [
  'Åsa',
  ' ',
  'och',
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  "'",
  '\t',
  '\n',
  '&#229;',
  '😀',
  'x',
];

function randomText(rng: Rng): string {
  return Array.from({ length: rng.int(1, 6) }, () => rng.pick(TEXT_PIECES)).join('');
}

function randomElement(rng: Rng, depth: number): string {
  const ns = rng.pick(NAMESPACES);
  const name = `${ns.prefix}:${rng.pick(['p', 'r', 't', 'tbl', 'x-y', 'a.b'])}`;
  const attributes = Array.from(
    { length: rng.int(0, 3) },
    (_, i) =>
      ` ${rng.pick(['', 'w:', 'o:', 'xml:'])}at${i}="${randomText(rng).replace(/"/g, '&quot;')}"`,
  ).join('');
  if (depth > 3 || rng.chance(0.2)) return `<${name}${attributes}/>`;
  const children = Array.from({ length: rng.int(0, 5) }, () => {
    const kind = rng.int(0, 9);
    if (kind < 4) return randomElement(rng, depth + 1);
    if (kind === 4) return `<![CDATA[${randomText(rng)}]]>`;
    if (kind === 5) return `<!--${rng.pick(['c', ' note '])}-->`;
    return randomText(rng);
  }).join('');
  return `<${name}${attributes}>${children}</${name}>`;
}

describe('readWithSaxes on random XML', () => {
  it('builds the tree mammoth reads, for 300 random documents', async () => {
    const rng = createRng(20_261_203);
    const declarations = NAMESPACES.map((n) => `xmlns:${n.prefix}="${n.uri}"`).join(' ');
    for (let i = 0; i < 300; i++) {
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<w:document ${declarations}>${randomElement(rng, 0)}</w:document>`;
      expect(JSON.stringify(readWithSaxes(xml, MAP)), xml).toBe(await outcome(readWithXmldom, xml));
    }
  });
});

/** mammoth's whole conversion (HTML and notices) of one file, with the given XML reader. */
async function convertWith(read: ReadString, buffer: Buffer) {
  mammothXml.readString = read;
  // Comments are read and written only when the style map names them (mammoth's README).
  return mammoth.convertToHtml({ buffer }, { styleMap: ['comment-reference => sup'] });
}

describe('mammoth with readXml', () => {
  const installed = mammothXml.readString;
  afterEach(() => {
    mammothXml.readString = installed;
  });

  it('converts a generated interview transcript exactly as with its own reader', async () => {
    const model = generateTranscriptText(7, 3000, {
      district: 'Björkhage',
      round: 'HT2016',
      group: 'Chefer',
    });
    const buffer = await transcriptToDocx(model, 'Björkhage_HT2016_Chefer');
    const stock = await convertWith(readWithXmldom, buffer);
    expect(stock.value.length).toBeGreaterThan(10_000);
    expect(await convertWith(readXml, buffer)).toEqual(stock);
  });

  it('converts comments, links, notes, headings and tables exactly as with its own reader', async () => {
    const buffer = await docxBuffer(
      [
        new Paragraph({ text: 'Rubrik & <mer>', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({
          children: [
            new CommentRangeStart(0),
            new TextRun('Åsa: kommenterat'),
            new CommentRangeEnd(0),
            new TextRun({ children: [new CommentReference(0)] }),
            new ExternalHyperlink({
              link: 'https://example.org/?a=1&b=2',
              children: [new TextRun('länk')],
            }),
            new TextRun({ text: '\tflik', break: 1 }),
            new FootnoteReferenceRun(1),
          ],
        }),
        new Table({
          rows: [
            new TableRow({ children: [new TableCell({ children: [new Paragraph('cell "a"')] })] }),
          ],
        }),
      ],
      {
        comments: {
          children: [
            { id: 0, author: 'K', date: new Date(0), children: [new Paragraph('Notering')] },
          ],
        },
        footnotes: { 1: { children: [new Paragraph('Fotnot.')] } },
      },
    );
    const stock = await convertWith(readWithXmldom, buffer);
    expect(stock.value).toContain('Notering');
    expect(await convertWith(readXml, buffer)).toEqual(stock);
  });

  it('is what mammoth reads with once a .docx was imported, and mammoth looks it up at every call', async () => {
    await parseFile(writeTemp('intervju.docx', await docxBuffer([new Paragraph('Hej')])));
    expect(mammothXml.readString).toBe(readXml);
    // A later mammoth that kept its own reader elsewhere would lose the speed without a word; this
    // fails then.
    let calls = 0;
    await convertWith(
      (xml, map) => {
        calls++;
        return readXml(xml, map);
      },
      await docxBuffer([new Paragraph('Hej')]),
    );
    expect(calls).toBeGreaterThan(0);
  });
});
