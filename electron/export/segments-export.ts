// Export of retrieved coded passages: a Word document to read (title, the query in words, then each
// passage under a line naming its document, speaker and attributes), or a table as XLSX or CSV.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
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
  /** The query stated in words (shown under the title of a Word document). */
  description: string;
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

export async function segmentsToDocx(
  segments: readonly RetrievedSegment[],
  options: Omit<ExportOptions, 'format' | 'delimiter'>,
): Promise<Buffer> {
  const { title, description, language, attributeNames } = options;
  const children: Paragraph[] = [
    new Paragraph({ text: xmlSafe(title), heading: HeadingLevel.TITLE }),
  ];
  if (description.trim()) children.push(new Paragraph({ text: xmlSafe(description) }));
  children.push(
    new Paragraph({
      children: [new TextRun({ text: COUNT[language](segments.length), color: '5F6670' })],
      spacing: { after: 240 },
    }),
  );
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
            color: '5F6670',
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
  const doc = new Document({
    creator: 'Kvalkod',
    title: xmlSafe(title),
    description: xmlSafe(description),
    sections: [{ children }],
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
