// Reads a .qdpx without trusting it: at most so many entries, and only project.qde and the plain
// text sources are unpacked, each counted while it inflates (declared sizes can lie), so a zip
// bomb stops at the limit. Nothing is ever written to disk: entry names are only looked up.
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ApiError } from '../../shared/api/errors';
import { unreadable } from './unreadable';

export interface QdpxLimits {
  maxEntries: number;
  /** Most bytes one unpacked entry may have (project.qde or a source text). */
  maxEntryBytes: number;
  /** Most bytes all unpacked entries together may have. */
  maxTotalBytes: number;
}

export const QDPX_LIMITS: Readonly<QdpxLimits> = Object.freeze({
  maxEntries: 20_000,
  maxEntryBytes: 128 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
});

export interface QdpxContents {
  qde: Buffer;
  /** Source texts by their file name in sources/, lower case (tools differ in case). */
  texts: Map<string, Buffer>;
  /** Every other entry's name: media the import lists as skipped. */
  others: string[];
}

function drain(
  stream: Readable,
  limit: number,
  total: { bytes: number; max: number },
  file: string,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      total.bytes += chunk.length;
      if (size > limit || total.bytes > total.max) {
        stream.destroy();
        reject(
          unreadable(
            file,
            'it unpacks to more than Kvalkod accepts (a zip bomb?)',
            'too_big_unpacked',
          ),
        );
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (err) =>
      reject(
        /too many bytes/i.test(err.message)
          ? unreadable(
              file,
              'a part unpacks to more than its header says (a zip bomb?)',
              'part_bigger_than_header',
            )
          : unreadable(file, 'the zip archive is damaged', 'damaged_zip'),
      ),
    );
    stream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

// Some tools zip the project inside one folder ("Export/project.qde", "Export/sources/..."); the
// sources are then beside the project.qde, in that folder.
const isQde = (name: string) => /^(?:[^/]+\/)?[^/]+\.qde$/i.test(name);
const sourceText = (name: string) =>
  /^(?:[^/]+\/)?sources\/([^/]+\.txt)$/i.exec(name)?.[1]?.toLowerCase();

export async function readQdpx(
  bytes: Buffer,
  file: string,
  limits: QdpxLimits = QDPX_LIMITS,
): Promise<QdpxContents> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw unreadable(file, 'it is not a .qdpx (zip) file or it is damaged', 'not_zip');
  }
  try {
    if (zip.entryCount > limits.maxEntries)
      throw unreadable(
        file,
        `it holds ${zip.entryCount} files (at most ${limits.maxEntries})`,
        'too_many_files',
        {
          count: zip.entryCount,
          max: limits.maxEntries,
        },
      );
    const total = { bytes: 0, max: limits.maxTotalBytes };
    const qdes: { name: string; data: Buffer }[] = [];
    const texts = new Map<string, Buffer>();
    const others: string[] = [];
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (name.endsWith('/')) continue;
      const text = sourceText(name);
      if (!isQde(name) && !text) {
        others.push(name);
        continue;
      }
      if (entry.uncompressedSize > limits.maxEntryBytes)
        throw unreadable(
          file,
          `${name} would unpack to more than Kvalkod accepts`,
          'part_too_big',
          {
            part: name,
          },
        );
      const data = await drain(
        await zip.openReadStreamPromise(entry),
        limits.maxEntryBytes,
        total,
        file,
      );
      if (text) texts.set(text, data);
      else qdes.push({ name, data });
    }
    // The standard names it project.qde at the top; some tools write Project.qde or a folder.
    const qde = qdes.find((q) => q.name.toLowerCase() === 'project.qde') ?? qdes[0];
    if (!qde) throw unreadable(file, 'it holds no project.qde', 'no_qde');
    return { qde: qde.data, texts, others };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw unreadable(file, 'the zip archive is damaged', 'damaged_zip');
  } finally {
    if (zip.isOpen) zip.close();
  }
}
