import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, odtXmlToBlocks } from '../../../electron/import/odt';
import { parseFile } from '../../../electron/import/parse-file';
import { expectWellFormed, minimalOdt, writeTemp } from './fixtures';
import { makeZip } from './zip-helper';

const BODY = [
  '<text:h text:outline-level="1">Gruppintervju 3</text:h>',
  '<text:p text:style-name="P1"><text:span text:style-name="T1">Åsa:</text:span> Det här är svårt – även för chefer.</text:p>',
  '<text:p>Första raden.<text:line-break/>Andra<text:tab/>raden<text:s text:c="3"/>slut &amp; &lt;x&gt; &#229;&#xE4;</text:p>',
  '<text:p>  </text:p>',
  '<text:p>Se <text:a xlink:href="https://example.org">länken</text:a>.<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Fotnot</text:p></text:note-body></text:note></text:p>',
  '<text:list><text:list-item><text:p>punkt ett</text:p><text:list><text:list-item><text:p>under</text:p></text:list-item></text:list></text:list-item></text:list>',
  '<table:table><table:table-row><table:table-cell><text:p>Namn</text:p></table:table-cell><table:table-cell><text:p>Roll</text:p></table:table-cell></table:table-row>',
  '<table:table-row><table:table-cell><text:p>Åsa</text:p></table:table-cell><table:table-cell><text:p>Chef</text:p><text:p>HR</text:p></table:table-cell><table:table-cell table:number-columns-repeated="3"/></table:table-row>',
  '<table:table-row><table:table-cell table:number-columns-repeated="2"/><table:table-cell><text:p>Émile</text:p></table:table-cell></table:table-row></table:table>',
  '<text:tracked-changes><text:changed-region><text:deletion><text:p>raderat</text:p></text:deletion></text:changed-region></text:tracked-changes>',
  '<text:p>A\u030asa   och\n  Bo</text:p>', // NFD Åsa, XML whitespace to collapse
].join('\n');

describe('parseFile on .odt', () => {
  it('reads paragraphs, headings, lists, tables, breaks, tabs and spaces', async () => {
    const doc = await parseFile(writeTemp('intervju.odt', minimalOdt(BODY)));
    expect(doc).toMatchObject({ format: 'odt', encoding: null });
    expect(doc.paragraphs.map((p) => [doc.text.slice(p.start, p.end), p.kind])).toEqual([
      ['Gruppintervju 3', 'heading'],
      ['Åsa: Det här är svårt – även för chefer.', 'paragraph'],
      ['Första raden.\nAndra\traden   slut & <x> åä', 'paragraph'],
      ['Se länken.', 'paragraph'],
      ['punkt ett', 'list-item'],
      ['under', 'list-item'],
      ['Namn\tRoll', 'table-row'],
      ['Åsa\tChef\nHR', 'table-row'],
      ['\t\tÉmile', 'table-row'],
      ['Åsa och Bo', 'paragraph'],
    ]);
    expectWellFormed(doc);
  });

  it.each([
    [
      'a spreadsheet',
      minimalOdt('<text:p>x</text:p>', 'application/vnd.oasis.opendocument.spreadsheet'),
      'unsupported_format',
    ],
    [
      'no content.xml',
      makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }]),
      'unsupported_format',
    ],
    ['plain text renamed', Buffer.from('Åsa: hej'), 'unsupported_format'],
    ['no text', minimalOdt('<text:p/><text:p> </text:p>'), 'empty'],
    ['broken XML', minimalOdt('<text:p>ok</text:p><!-- unclosed'), 'unreadable'],
  ])('refuses %s', async (_name, bytes, reason) => {
    await expect(parseFile(writeTemp('x.odt', bytes))).rejects.toMatchObject({ reason });
  });
});

describe('odtXmlToBlocks', () => {
  it.each([
    ['collapses XML whitespace', '<text:p> a \n b </text:p>', 'a b '],
    ['across spans', '<text:p>a <text:span> b</text:span></text:p>', 'a b'],
    ['text:s default is one space', '<text:p>a<text:s/>b</text:p>', 'a b'],
    [
      'text:s count is capped',
      '<text:p>a<text:s text:c="99999999"/></text:p>',
      'a' + ' '.repeat(1000),
    ],
    ['CDATA is literal', '<text:p><![CDATA[<&amp;>]]></text:p>', '<&amp;>'],
    [
      'DOCTYPE entities are not expanded',
      '<!DOCTYPE x [<!ENTITY e "boom">]><text:p>&e;</text:p>',
      '&e;',
    ],
  ])('%s', (_name, xml, expected) => {
    expect(odtXmlToBlocks(xml)[0]?.text).toBe(expected);
  });
});

describe('decodeXmlEntities', () => {
  it.each([
    ['&amp;&lt;&gt;&quot;&apos;', `&<>"'`],
    ['&#229;&#xE4;&#XF6;', 'åäö'],
    ['&#0; &#xD800; &#x110000;', '&#0; &#xD800; &#x110000;'],
    ['&nbsp; &unknown;', '&nbsp; &unknown;'],
    ['&amp;amp;', '&amp;'],
  ])('%j', (input, expected) => {
    expect(decodeXmlEntities(input)).toBe(expected);
  });
});
