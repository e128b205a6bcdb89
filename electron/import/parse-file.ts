// In-process entry point: read a transcript file safely and dispatch on its extension. Callers in
// the app use parseInWorker instead, which runs this off the main thread with limits.
import { basename, extname } from 'node:path';
import { readUserFile, UserFileError } from '../files/read-user-file';
import { parseDocx } from './docx';
import { parseOdt } from './odt';
import { parsePlainText } from './plain-text';
import { countWords } from '../../shared/documents/types';
import {
  ImportFileError,
  resolveLimits,
  type ImportLimits,
  type ParsedDocument,
  type SourceFormat,
} from './types';

export const SUPPORTED_EXTENSIONS: Record<string, SourceFormat> = {
  '.docx': 'docx',
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.odt': 'odt',
};

export function formatOf(path: string): SourceFormat | null {
  return SUPPORTED_EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

function unsupported(fileName: string): ImportFileError {
  const ext = extname(fileName).toLowerCase();
  const hint =
    ext === '.doc' || ext === '.rtf'
      ? `${fileName} is in an older format; open it in Word or LibreOffice and save it as .docx.`
      : `${fileName} cannot be imported; save it as .docx, .odt, .txt or .md first.`;
  return new ImportFileError('unsupported_format', hint);
}

/** The shared safe reader (electron/files/read-user-file.ts), its refusals as import reasons. */
async function readLimited(path: string, fileName: string, maxBytes: number): Promise<Buffer> {
  try {
    return await readUserFile(path, fileName, { maxBytes });
  } catch (err) {
    if (!(err instanceof UserFileError)) throw err;
    if (err.reason === 'empty') throw new ImportFileError('empty', `${fileName} is empty.`);
    throw new ImportFileError(err.reason === 'too_large' ? 'too_large' : 'unreadable', err.message);
  }
}

export async function parseFile(
  path: string,
  limits?: Partial<ImportLimits>,
): Promise<ParsedDocument> {
  const doc = await parseByFormat(path, limits);
  return { ...doc, words: countWords(doc.text) };
}

async function parseByFormat(
  path: string,
  limits?: Partial<ImportLimits>,
): Promise<ParsedDocument> {
  const fileName = basename(path);
  const format = formatOf(path);
  if (format === null) throw unsupported(fileName);
  const resolved = resolveLimits(limits);
  const bytes = await readLimited(path, fileName, resolved.maxFileBytes);
  try {
    switch (format) {
      case 'docx':
        return await parseDocx(bytes, fileName, resolved);
      case 'odt':
        return await parseOdt(bytes, fileName, resolved);
      case 'txt':
      case 'md':
        return parsePlainText(bytes, format, fileName);
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    // A bug or a library choking on odd input: still one message a person can act on.
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportFileError('unreadable', `${fileName} could not be read (${detail}).`);
  }
}
