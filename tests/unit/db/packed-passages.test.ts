// The packed passages kept in the file between sessions (migration 007): after every kind of change
// a researcher can make to passages and codes, what the tables read equals a fresh packing of the
// passages; a read-only file, another program's write lock or an open transaction keep nothing
// and count all the same.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { decode, encode, unpack } from '../../../db/queries/packed-codec';
import type { PackedPassages } from '../../../db/queries/table-counts';
import { codingProject, type CodingFixture } from './coding-fixture';

/** Plain arrays by document, comparable with toEqual (the tables look documents up by id). */
function plain(map: Map<number, PackedPassages>) {
  return [...map]
    .sort(([a], [b]) => a - b)
    .map(([doc, p]) => ({
      doc,
      ids: [...p.ids],
      starts: [...p.starts],
      ends: [...p.ends],
      coders: [...p.coders],
      codeAt: [...p.codeAt],
      codes: [...p.codes],
    }));
}

/** What the tables read (kept copies where present), and what a fresh packing gives. */
function readAndFresh(f: CodingFixture) {
  const docs = [f.docId(0), f.docId(1)];
  const read = plain(f.project().tables.packedPassages(docs));
  for (const doc of docs) f.project().tables.forgetPacked(doc);
  return { read, fresh: plain(f.project().tables.packedPassages(docs)) };
}

const kept = (f: CodingFixture) =>
  f.project().db.prepare('SELECT document_id FROM packed_passages ORDER BY 1').pluck().all();

async function coded() {
  const f = await codingProject();
  await f.codePhrase(0, 'Introduktionen fungerar bra', [1]);
  await f.codePhrase(0, 'Lönen är låg', [3, 'Lön']);
  await f.codePhrase(1, 'Arbetsbelastningen är hög', [5]);
  return f;
}

describe('packed passages kept in the file', () => {
  it('are written by the first read, one per document (empty for none), and read back', async () => {
    const f = await codingProject();
    await f.codePhrase(0, 'Introduktionen fungerar bra', [1]);
    expect(kept(f)).toEqual([]);
    const first = plain(f.project().tables.packedPassages([f.docId(0), f.docId(1)]));
    expect(kept(f)).toEqual([f.docId(0), f.docId(1)]);
    expect(first).toHaveLength(1); // the second document has no passages
    await f.reopen();
    expect(plain(f.project().tables.packedPassages([f.docId(0), f.docId(1)]))).toEqual(first);
    await f.close();
  });

  it.each<[string, (f: CodingFixture) => Promise<unknown>]>([
    ['a new passage', (f) => f.codePhrase(0, 'Kontorslandskapet är bullrigt', [13])],
    [
      'a passage moved',
      async (f) => {
        const [s] = await f.call('segments.list', { documentId: f.docId(0) });
        return f.call('segments.update', { id: s?.id ?? 0, start: 0, end: 11 });
      },
    ],
    [
      'codes changed on a passage',
      async (f) => {
        const [s] = await f.call('segments.list', { documentId: f.docId(0) });
        return f.call('segments.update', { id: s?.id ?? 0, codeIds: [f.code(2).id] });
      },
    ],
    [
      'a passage deleted',
      async (f) => {
        const [s] = await f.call('segments.list', { documentId: f.docId(1) });
        return f.call('segments.delete', { ids: [s?.id ?? 0] });
      },
    ],
    ['a code deleted with its passages', (f) => f.call('codes.delete', { id: f.code(3).id })],
    [
      'a code merged into another',
      (f) => f.call('codes.merge', { from: f.code('Lön').id, into: f.code(4).id }),
    ],
    [
      'a coding undone, then redone',
      async (f) => {
        await f.codePhrase(1, 'Lön och lokaler', [13]);
        f.project().tables.packedPassages([f.docId(0), f.docId(1)]);
        await f.call('history.undo', {});
        f.project().tables.packedPassages([f.docId(0), f.docId(1)]);
        return f.call('history.redo', {});
      },
    ],
    ['a document deleted', (f) => f.call('documents.delete', { ids: [f.docId(1)] })],
    [
      'a document deleted, undone, redone and undone again (its copy is not in the history)',
      async (f) => {
        await f.call('documents.delete', { ids: [f.docId(1)] });
        await f.call('history.undo', {});
        f.project().tables.packedPassages([f.docId(0), f.docId(1)]);
        await f.call('history.redo', {});
        await f.call('history.undo', {});
        return f.codePhrase(1, 'Lön och lokaler', [13]);
      },
    ],
  ])('after %s, the tables read what a fresh packing gives', async (_name, change) => {
    const f = await coded();
    f.project().tables.packedPassages([f.docId(0), f.docId(1)]); // keep copies of both
    const before = readAndFresh(f);
    f.project().tables.packedPassages([f.docId(0), f.docId(1)]);
    await change(f);
    const after = readAndFresh(f);
    expect(after.read).toEqual(after.fresh);
    expect(after.fresh).not.toEqual(before.fresh); // the change did change the passages
    await f.close();
  });

  it('are neither kept nor waited for while another program holds the write lock', async () => {
    const f = await coded();
    const other = new Database(f.path);
    other.exec('BEGIN IMMEDIATE');
    const read = plain(f.project().tables.packedPassages([f.docId(0), f.docId(1)]));
    expect(kept(f)).toEqual([]);
    other.exec('COMMIT');
    other.close();
    expect(read).toEqual(readAndFresh(f).fresh);
    await f.close();
  });

  it('are kept for the documents that exist when one asked for was just deleted', async () => {
    const f = await coded();
    const gone = f.docId(1);
    await f.call('documents.delete', { ids: [gone] });
    const read = plain(f.project().tables.packedPassages([f.docId(0), gone]));
    expect(kept(f)).toEqual([f.docId(0)]);
    expect(read.map((r) => r.doc)).toEqual([f.docId(0)]);
    await f.close();
  });

  it('are not kept by a read inside a transaction, which counts all the same', async () => {
    const f = await coded();
    const db = f.project().db;
    const read = db.transaction(() =>
      plain(f.project().tables.packedPassages([f.docId(0), f.docId(1)])),
    )();
    expect(kept(f)).toEqual([]);
    expect(read).toEqual(readAndFresh(f).fresh);
    await f.close();
  });
});

describe('the kept bytes', () => {
  const sample = unpack('7,0,10,1,3.5;9,4,12,0,;11,20,25,2,5');
  it('read back to the same arrays, and no passages to none', () => {
    expect(decode(encode(sample))).toEqual({
      ...sample,
      codes: sample.codes.subarray(0, sample.codeAt[3]),
    });
    expect(decode(encode(unpack('')))?.ids).toHaveLength(0);
    // An unaligned copy, as SQLite may hand it over.
    const bytes = encode(sample);
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(decode(shifted)?.starts).toEqual(sample.starts);
  });

  it.each<[string, (b: Buffer) => Uint8Array]>([
    [
      'another layout or byte order',
      (b) => Buffer.concat([Buffer.from([0, 0, 0, 1]), b.subarray(4)]),
    ],
    ['cut short', (b) => b.subarray(0, b.length - 4)],
    ['not whole numbers', (b) => b.subarray(0, b.length - 1)],
    ['empty', () => new Uint8Array(0)],
  ])('%s: not read (packed anew)', (_name, spoil) => {
    expect(decode(spoil(encode(sample)))).toBeNull();
  });
});
