// The kinds of transcript files a researcher brings, written at test time: a .docx as Word writes
// it, a .docx as LibreOffice writes it (styles it never defines), old Windows-1252 text, UTF-16
// text with a BOM, Markdown, and a 400,000-character transcript.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { makeZip } from '../unit/import/zip-helper';

export interface WalkFile {
  name: string;
  path: string;
}

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word document: a heading, then one paragraph per turn. */
export async function wordDocx(dir: string, name: string, turns: string[]): Promise<WalkFile> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Gruppintervju', heading: HeadingLevel.HEADING_1 }),
          ...turns.map((t) => new Paragraph({ children: [new TextRun(t)] })),
        ],
      },
    ],
  });
  const path = join(dir, name);
  writeFileSync(path, await Packer.toBuffer(doc));
  return { name, path };
}

/**
 * A .docx as LibreOffice writes it: its own style names (Standard, Text Body) and a heading that
 * refers to the style id "Heading1", which its styles.xml never defines.
 */
export function libreOfficeDocx(dir: string, name: string, turns: string[]): WalkFile {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const para = (style: string, text: string) =>
    `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  const body = [para('Heading1', 'Gruppintervju'), ...turns.map((t) => para('TextBody', t))];
  const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${w}><w:style w:type="paragraph" w:styleId="Standard"><w:name w:val="Standard"/></w:style><w:style w:type="paragraph" w:styleId="TextBody"><w:name w:val="Text Body"/><w:basedOn w:val="Standard"/></w:style></w:styles>`;
  const rels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
  const root = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const zip = makeZip([
    { name: '[Content_Types].xml', data: types },
    { name: '_rels/.rels', data: root },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body.join('')}</w:body></w:document>`,
    },
    { name: 'word/_rels/document.xml.rels', data: rels },
    { name: 'word/styles.xml', data: styles },
  ]);
  const path = join(dir, name);
  writeFileSync(path, zip);
  return { name, path };
}

/** Text saved by an old Windows program: Windows-1252, CR LF line ends. */
export function cp1252Text(dir: string, name: string, turns: string[]): WalkFile {
  const path = join(dir, name);
  writeFileSync(path, iconv.encode(turns.join('\r\n') + '\r\n', 'win1252'));
  return { name, path };
}

/** Text saved as "Unicode" by Notepad: UTF-16 LE with a byte-order mark. */
export function utf16Text(dir: string, name: string, turns: string[]): WalkFile {
  const path = join(dir, name);
  writeFileSync(
    path,
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(turns.join('\n'), 'utf16le')]),
  );
  return { name, path };
}

export function markdown(dir: string, name: string, turns: string[]): WalkFile {
  const path = join(dir, name);
  writeFileSync(path, `# Gruppintervju\n\n${turns.join('\n\n')}\n`);
  return { name, path };
}

/** A long transcript (about 400,000 characters) of alternating turns. */
export function longTranscript(dir: string, name: string, chars = 400_000): WalkFile {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const line =
      i % 4 === 0
        ? `Intervjuare: Fråga ${i / 4 + 1}, hur ser det ut med arbetsbelastningen och lokalerna nu?`
        : `IP${(i % 3) + 1}: Svar ${i}. Vi har pratat om introduktionen, om mentorskapet och om hur många ärenden var och en har. Det har blivit bättre sedan förra året, men det finns mycket kvar att göra.`;
    lines.push(line);
    length += line.length + 2;
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n\n') + '\n');
  return { name, path };
}
