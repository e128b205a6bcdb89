// Zip safety for .docx and .odt: before any library trusts the archive, count its entries and
// actually inflate every one, stopping the moment the real total passes the limit.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ImportFileError, type ImportLimits } from './types';

export interface ZipScan {
  /** Every file name in the archive (directories excluded). */
  names: Set<string>;
  /** Inflated contents of the entries the caller asked to keep. */
  kept: Map<string, Buffer>;
}

export type ZipKind = 'zip' | 'ole' | 'other';

/** What the first bytes say, so a non-zip can get a more helpful message than "corrupt". */
export function sniffContainer(bytes: Uint8Array): ZipKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip'; // "PK"
  // OLE compound file: an old .doc, or a password-protected .docx (Office encrypts into OLE).
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'ole';
  return 'other';
}

function bomb(fileName: string, detail: string): ImportFileError {
  return new ImportFileError(
    'zip_bomb',
    `${fileName} was not opened because ${detail}, which is what a malicious file does.`,
  );
}

function corrupt(fileName: string): ImportFileError {
  return new ImportFileError(
    'corrupt_zip',
    `${fileName} is damaged or incomplete; open it in its own program, save a new copy and import that.`,
  );
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Inflates one entry, adding to the running total. yauzl's validateEntrySizes stops an entry that
 * inflates past its declared size ("too many bytes"): a header that understates the size is the
 * classic bomb trick, so that counts as a bomb, not as damage.
 */
function drain(
  stream: Readable,
  state: { total: number },
  limit: number,
  fileName: string,
  chunks: Buffer[] | null,
): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      state.total += chunk.length;
      if (state.total > limit) {
        stream.destroy();
        reject(bomb(fileName, 'its contents unpack to more than the allowed size'));
        return;
      }
      chunks?.push(chunk);
    });
    stream.on('error', (error) => {
      reject(
        /too many bytes/i.test(errorMessage(error))
          ? bomb(fileName, 'a part of it unpacks to more than its header declares')
          : corrupt(fileName),
      );
    });
    stream.on('end', () => resolve());
  });
}

/** Deflate's largest possible expansion (RFC 1951: a 258-byte match per ~2 bits, with headers). */
export const MAX_DEFLATE_RATIO = 1032;

export async function scanZip(
  buffer: Buffer,
  fileName: string,
  limits: ImportLimits,
  keep: (entryName: string) => boolean = () => false,
): Promise<ZipScan> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw corrupt(fileName);
  }
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw bomb(fileName, `it holds ${zip.entryCount} parts (at most ${limits.maxZipEntries})`);
    }
    const names = new Set<string>();
    const kept = new Map<string, Buffer>();
    const state = { total: 0 };
    let declared = 0;
    // Deflate cannot expand data more than about 1032 times, so a small enough file cannot hold a
    // bomb whatever its headers claim: its entries need not be unpacked just to be counted.
    const boundedBySize = buffer.length * MAX_DEFLATE_RATIO <= limits.maxZipUncompressedBytes;
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      // Declared sizes are checked first because it is free; the real count below is what holds.
      declared += entry.uncompressedSize;
      if (declared > limits.maxZipUncompressedBytes) {
        throw bomb(fileName, 'its contents would unpack to more than the allowed size');
      }
      names.add(entry.fileName);
      const chunks = keep(entry.fileName) ? [] : null;
      if (
        !chunks &&
        boundedBySize &&
        (entry.compressionMethod === 0 || entry.compressionMethod === 8)
      )
        continue;
      let stream: Readable;
      try {
        stream = await zip.openReadStreamPromise(entry);
      } catch {
        throw corrupt(fileName);
      }
      await drain(stream, state, limits.maxZipUncompressedBytes, fileName, chunks);
      if (chunks) kept.set(entry.fileName, Buffer.concat(chunks));
    }
    return { names, kept };
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw corrupt(fileName);
  } finally {
    if (zip.isOpen) zip.close();
  }
}
