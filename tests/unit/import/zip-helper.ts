// Test helper: writes small zip archives by hand (node:zlib + zip headers), including the
// hostile ones (huge inflated size, lying headers) that no zip library would make for us.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface CompressedData {
  compressed: Buffer;
  size: number;
  crc: number;
}

export interface ZipEntry {
  name: string;
  /** Plain content, deflated (or stored) by makeZip. */
  data?: Buffer | string;
  /** Already-deflated content, e.g. from repeatedDeflate. */
  raw?: CompressedData;
  store?: boolean;
  /** Uncompressed size written into the headers; a lie when it differs from the real size. */
  declaredSize?: number;
}

/**
 * Deflate of `prefix + chunk * times + suffix` without ever holding the inflated data: each part
 * is deflated on its own and sync-flushed (byte-aligned, no back-references across parts), so the
 * compressed parts can simply be concatenated and closed with an empty final block.
 */
export function repeatedDeflate(
  chunk: Buffer,
  times: number,
  prefix = '',
  suffix = '',
): CompressedData {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const head = Buffer.from(prefix);
  const tail = Buffer.from(suffix);
  const body = deflateRawSync(chunk, flush);
  let crc = crc32(head);
  for (let i = 0; i < times; i++) crc = crc32(chunk, crc);
  crc = crc32(tail, crc);
  const parts = [deflateRawSync(head, flush), ...Array<Buffer>(times).fill(body)];
  parts.push(deflateRawSync(tail, flush), Buffer.from([0x03, 0x00])); // empty final block
  return {
    compressed: Buffer.concat(parts),
    size: head.length + chunk.length * times + tail.length,
    crc,
  };
}

function compress(entry: ZipEntry): CompressedData & { method: number } {
  if (entry.raw) return { ...entry.raw, method: 8 };
  const data = Buffer.from(entry.data ?? '');
  const compressed = entry.store ? data : deflateRawSync(data);
  return { compressed, size: data.length, crc: crc32(data), method: entry.store ? 0 : 8 };
}

export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const { compressed, size, crc, method } = compress(entry);
    const declared = entry.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
