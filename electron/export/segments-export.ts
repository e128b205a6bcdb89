// Export of retrieved coded passages: a Word document to read, set like the table exports (Calibri,
// A4 with 2.5 cm margins, a one-line bold title, small grey notes): the query written out with
// its AND/OR/NOT logic, then each passage under a line naming its document, speaker and
// attributes; or a table as XLSX or CSV.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { queryLines, type QueryInWords } from '../../shared/coding/query-logic';
import type { ExportedFile, ExportFormat } from '../../shared/api/contract-export';
import type { RetrievedSegment } from '../../shared/coding/types';
import { fileNameFrom } from '../../shared/export/file-name';
import {
  attributeText,
  codeLabel,
  roleText,
  segmentTable,
  tableToCsv,
  tableToXlsx,
  xmlSafe,
  type ExportLanguage,
} from './table-writers';

export interface ExportOptions {
  format: ExportFormat;
  title: string;
  /** The query stated in words (the Word document's description property). */
  description: string;
  /** The query itself, with code labels (written out under the title of a Word document). */
  query?: QueryInWords;
  delimiter: ';' | ',';
  language: ExportLanguage;
  /** Attribute columns, in the project's order. */
  attributeNames: readonly string[];
}

const COUNT: Record<ExportLanguage, (n: number) => string> = {
  sv: (n) => `${n} ${n === 1 ? 'kodat avsnitt' : 'kodade avsnitt'}`,
  en: (n) => `${n} coded ${n === 1 ? 'passage' : 'passages'}`,
};
const CODES: Record<ExportLanguage, string> = { sv: 'Koder', en: 'Codes' };

/** "Dokument · Talare (Roll) · attribute values", the line over each passage. */
export function passageHeading(
  segment: RetrievedSegment,
  attributeNames: readonly string[],
  language: ExportLanguage,
): string {
  const role = roleText(segment.speakerRole, language);
  const speaker = segment.speaker ? (role ? `${segment.speaker} (${role})` : segment.speaker) : '';
  const values = attributeNames.map((name) => attributeText(segment.attributes[name]));
  return [segment.document, speaker, ...values].filter((part) => part !== '').join(' · ');
}

// As the table exports (table-docx.ts): A4, 2.5 cm margins, in twips; Calibri 11 pt text, 10 pt
// bold headings, 9 pt notes.
const PAGE = { width: 11906, height: 16838, margin: 1417 };
const GREY = '5F6670';
/** Characters of a bold 12 pt title that fit the 16 cm line; a longer one is cut with "…". */
export const TITLE_CHARS = 70;

/** The title on one line: whitespace made single, cut at a word with "…" when too long. */
export function oneLineTitle(title: string, max = TITLE_CHARS): string {
  const flat = title.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`;
}

const note = (text: string, after = 0) =>
  new Paragraph({
    spacing: { after },
    children: [new TextRun({ text: xmlSafe(text), size: 18, color: GREY })],
  });

export async function segmentsToDocx(
  segments: readonly RetrievedSegment[],
  options: Omit<ExportOptions, 'format' | 'delimiter'>,
): Promise<Buffer> {
  const { title, description, language, attributeNames, query } = options;
  const children: Paragraph[] = [
    new Paragraph({ text: xmlSafe(oneLineTitle(title)), heading: HeadingLevel.TITLE }),
  ];
  const stated = query ? queryLines(query, language) : description.trim() ? [description] : [];
  for (const line of stated) children.push(note(line));
  children.push(note(COUNT[language](segments.length), 240));
  for (const s of segments) {
    children.push(
      new Paragraph({
        text: xmlSafe(passageHeading(s, attributeNames, language)),
        heading: HeadingLevel.HEADING_3,
        keepNext: true,
      }),
      new Paragraph({
        children: [
          new TextRun({
            text: xmlSafe(`${CODES[language]}: ${s.codes.map(codeLabel).join('; ')}`),
            size: 18,
            color: GREY,
          }),
        ],
        keepNext: true,
      }),
    );
    const lines = s.text.split(/\r\n|\r|\n/);
    lines.forEach((line, i) =>
      children.push(
        new Paragraph({
          text: xmlSafe(line),
          indent: { left: 360 },
          spacing: i === lines.length - 1 ? { after: 240 } : undefined,
        }),
      ),
    );
  }
  const heading = { font: 'Calibri', color: '000000', bold: true };
  const doc = new Document({
    creator: 'Kvalkod',
    title: xmlSafe(title),
    description: xmlSafe(description),
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22 } },
        title: {
          run: { ...heading, size: 24 },
          paragraph: { spacing: { before: 0, after: 120 }, keepNext: true },
        },
        heading3: {
          run: { ...heading, size: 20 },
          paragraph: { spacing: { before: 240, after: 40 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A file name from the title, without characters Windows or macOS refuse; `format` is the extension. */
export function exportFileName(title: string, format: string): string {
  return fileNameFrom(title, format);
}

export async function exportSegments(
  segments: readonly RetrievedSegment[],
  options: ExportOptions,
): Promise<ExportedFile> {
  let buffer: Buffer;
  if (options.format === 'docx') {
    buffer = await segmentsToDocx(segments, options);
  } else {
    const table = segmentTable(segments, options.attributeNames, options.language);
    buffer =
      options.format === 'xlsx'
        ? await tableToXlsx(table, options.title)
        : tableToCsv(table, options.delimiter);
  }
  return {
    fileName: exportFileName(options.title, options.format),
    base64: buffer.toString('base64'),
  };
}
