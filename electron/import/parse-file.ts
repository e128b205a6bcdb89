// In-process entry point: read a transcript file safely and dispatch on its extension. Callers in
// the app use parseInWorker instead, which runs this off the main thread with limits.
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseDocx } from './docx';
import { parseOdt } from './odt';
import { parsePlainText } from './plain-text';
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

/** Reads the whole file, refusing non-files and anything over the size limit before reading. */
async function readLimited(path: string, fileName: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'access is denied' : code;
    throw new ImportFileError(
      'unreadable',
      `${fileName} could not be opened (${why ?? 'unknown error'}).`,
    );
  }
  try {
    // fstat on the open handle, so the checks apply to the file actually read.
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new ImportFileError('unreadable', `${fileName} is not a regular file.`);
    }
    if (stat.size > maxBytes) {
      const mb = (n: number) => Math.round(n / (1024 * 1024));
      throw new ImportFileError(
        'too_large',
        `${fileName} is ${mb(stat.size)} MB, more than the ${mb(maxBytes)} MB a transcript may be.`,
      );
    }
    if (stat.size === 0) throw new ImportFileError('empty', `${fileName} is empty.`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export async function parseFile(
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
