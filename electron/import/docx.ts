// .docx import: zip safety checks first, then the document mammoth reads (which keeps soft breaks,
// headings and tables, unlike extractRawText) walked into the shared text model.
import mammoth from 'mammoth';
import { message, type Message } from '../../shared/messages';
import { documentBlocks, type DocxDocument } from './docx-document';
import { useSaxesInMammoth } from './docx-xml';
import { buildTextModel } from './text-model';
import { ImportFileError, type ImportLimits, type ParsedDocument } from './types';
import { scanZip, sniffContainer } from './zip-guard';

function notDocx(fileName: string, detail: string): ImportFileError {
  return new ImportFileError('not_docx', `${fileName} is not a Word document (${detail}).`);
}

/** Images are never shown, so mammoth must not read and base64-encode them. */
const skipImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/**
 * mammoth's notices in plain words. Unknown style names and images concern formatting that is
 * dropped anyway (a person cannot act on them), so they are left out.
 */
export function readerWarning(text: string, file: string): Message | null {
  if (/^Unrecognised (?:paragraph|run|table) style/i.test(text)) return null;
  if (/image|a:blip|v:imagedata/i.test(text)) return null;
  const style = /style with ID (.+?) was referenced but not defined/i.exec(text);
  if (style) return message('docxStyleMissing', { file, style: style[1] ?? '' });
  const element = /unrecognised element was ignored: (\S+)/i.exec(text);
  if (element) return message('docxElementIgnored', { file, element: element[1] ?? '' });
  if (/cell merging may be incorrect/i.test(text)) return message('docxTableMerge', { file });
  const symbol = /w:sym element .* in font (.+)$/i.exec(text);
  if (symbol) return message('docxSymbolIgnored', { file, font: symbol[1] ?? '' });
  if (/complex field/i.test(text)) return message('docxFieldIgnored', { file });
  return message('docxOther', { file });
}

export async function parseDocx(
  buffer: Buffer,
  fileName: string,
  limits: ImportLimits,
): Promise<ParsedDocument> {
  const container = sniffContainer(buffer);
  if (container === 'ole') {
    throw new ImportFileError(
      'not_docx',
      `${fileName} is an old .doc file or a password-protected document; save it from Word as .docx without a password.`,
    );
  }
  if (container !== 'zip') throw notDocx(fileName, 'it is not a zip file');
  const scan = await scanZip(buffer, fileName, limits);
  if (!scan.names.has('word/document.xml')) {
    throw notDocx(fileName, 'the zip has no word/document.xml');
  }

  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  // Set by mammoth's callback below (an object, as a closure's assignment is not seen by narrowing).
  const read: { document: DocxDocument | null } = { document: null };
  // The same tree as mammoth's own XML reader, in little more than half its time (docx-xml.ts).
  useSaxesInMammoth();
  try {
    result = await mammoth.convertToHtml(
      { buffer },
      {
        convertImage: skipImages,
        externalFileAccess: false,
        includeEmbeddedStyleMap: false,
        // The document as read is kept and an empty one goes on to mammoth's HTML writer: the text
        // is taken from the document (docx-document.ts), so no HTML is written or parsed.
        transformDocument: (document: DocxDocument) => {
          read.document = document;
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    // The safety scan may have skipped unpacking a small file; unpacking it now tells a damaged
    // zip (corrupt_zip) from a zip that is fine but is no Word document mammoth can read.
    await scanZip(buffer, fileName, limits, () => true);
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(
      'unreadable',
      `${fileName} could not be read as a Word document (${detail}); open it in Word, save a new copy and import that.`,
    );
  }

  if (!read.document) throw new ImportFileError('unreadable', `${fileName} could not be read.`);
  const { text, paragraphs } = buildTextModel(documentBlocks(read.document));
  if (paragraphs.length === 0) {
    throw new ImportFileError('empty', `${fileName} contains no text.`);
  }
  const warnings = uniqueMessages(
    result.messages.flatMap((m) => readerWarning(m.message, fileName) ?? []),
  );
  return { text, paragraphs, format: 'docx', encoding: null, warnings };
}

/** One line per kind of notice: a style missing from 500 paragraphs is one thing to check. */
function uniqueMessages(list: Message[]): Message[] {
  const seen = new Set<string>();
  return list.filter((m) => {
    const key = JSON.stringify(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
