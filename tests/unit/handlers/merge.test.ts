// Merging a coder's copy: matched by text, idempotent, differing texts reported, one undo step,
// the copy byte-for-byte unchanged, and clear refusals that change nothing.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingProject, type CodingFixture } from '../db/coding-fixture';

let f: CodingFixture;
let copy: string;

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function counts() {
  const db = f.project().db;
  const n = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    documents: n('documents'),
    codes: n('codes'),
    segments: n('segments'),
    segmentCodes: n('segment_codes'),
    memos: n('memos'),
    turns: n('turns'),
    values: n('attribute_values'),
    history: n('history'),
  };
}

/** Codes the whole line `line` of document `doc`. */
async function code(coder: string, doc: number, line: number, ...codes: (number | string)[]) {
  const lines = f.text(doc).split('\n');
  const start = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  return f.call('segments.create', {
    documentId: f.docId(doc),
    start,
    end: start + (lines[line]?.length ?? 0),
    codeIds: codes.map((c) => f.code(c).id),
    coder,
  });
}

beforeEach(async () => {
  f = await codingProject();
  await code('Anna', 0, 1, 2);
  // The copy handed to Bo: the project as it is now.
  await f.close();
  copy = join(dirname(f.path), 'Bo.kvalkod');
  copyFileSync(f.path, copy);
  // Bo codes in his copy, adds a code with a memo and a new interview, and imports the second
  // interview again from a corrected transcript: same name, another text.
  await f.call('project.open', { path: copy });
  await code('Bo', 0, 1, 2);
  await code('Bo', 0, 2, 13, 'Störst behov');
  const added = await f.call('codes.create', { parentId: null, name: 'Stress' });
  await code('Bo', 0, 3, 'Stress');
  await f.call('memos.save', { target: { kind: 'code', id: added.value.id }, text: 'Bos kod' });
  const p = f.project();
  p.db.transaction(() => {
    // Bo renames the first interview: it is still the same text, so still the same document.
    p.db.prepare('UPDATE documents SET name = ? WHERE id = ?').run('Bos intervju 1', f.docId(0));
    p.documents.delete([f.docId(1)]);
    for (const [name, text] of [
      ['Ny intervju', 'IP1: Helt ny text.'],
      ['Angered VT2018 Medarbetare', 'En rättad text med samma namn.'],
    ] as const)
      p.documents.insert({
        name,
        kind: 'transcript',
        text,
        textHash: createHash('sha256').update(text).digest('hex'),
        words: 3,
        sourceName: `${name}.docx`,
        sourceFormat: 'docx',
        paragraphs: [{ start: 0, end: text.length, kind: 'paragraph' }],
        speakers: [],
        turns: [],
      });
  })();
  await f.close();
  await f.call('project.open', { path: f.path });
});
afterEach(() => f.close());

describe('project.merge', () => {
  it("adds Bo's coding, matched by text; the copy stays byte for byte as it was", async () => {
    const before = counts();
    const hash = sha(copy);
    const folder = readdirSync(dirname(copy)).sort();
    const { value, undo } = await f.call('project.merge', { paths: [copy] });
    expect(value).toMatchObject({
      documents: { matched: 1, added: 1, differing: ['Angered VT2018 Medarbetare'] },
      codes: { added: 1 },
      segments: { added: 3, skipped: 1 },
      memos: { added: 1 },
      coders: ['Bo'],
    });
    expect(value.warnings.map((w) => w.code)).toEqual(['differingDocument']);
    expect(undo.undoSummary).toBe(
      'Merged Bo.kvalkod: 1 documents, 1 codes, 3 coded passages and 1 memos added',
    );
    expect(sha(copy)).toBe(hash);
    expect(readdirSync(dirname(copy)).sort()).toEqual(folder);
    const after = counts();
    expect(after.segments - before.segments).toBe(3);
    expect(after.documents - before.documents).toBe(1);
    expect(after.history - before.history).toBe(1);

    // Bo's passage sits in our document of the same text, under his name.
    const names = (await f.call('documents.list', {})).map((d) => d.name);
    expect(names).not.toContain('Bos intervju 1');
    const segs = await f.call('segments.list', { documentId: f.docId(0) });
    expect(segs.map((s) => s.coder).sort()).toEqual(['Anna', 'Bo', 'Bo', 'Bo']);
    const agreement = await f.call('agreement.compute', { coders: ['Anna', 'Bo'] });
    expect(agreement.codes.find((c) => c.key === '2')).toMatchObject({ both: 1 });
  });

  it('is idempotent: merging the same copy again adds nothing and leaves no history entry', async () => {
    await f.call('project.merge', { paths: [copy] });
    const once = counts();
    const { value, undo } = await f.call('project.merge', { paths: [copy] });
    expect(value).toMatchObject({
      documents: { added: 0 },
      codes: { added: 0 },
      segments: { added: 0, skipped: 4 },
      memos: { added: 0 },
    });
    expect(value.warnings.map((w) => w.code)).toContain('alreadyMerged');
    expect(counts()).toEqual(once);
    expect(undo.undoSummary).toMatch(/^Merged Bo.kvalkod/);
  });

  it('keeps two passages of one range and coder in the copy as two', async () => {
    await f.close();
    await f.call('project.open', { path: copy });
    await code('Bo', 0, 1, 'Kommit längst'); // a second passage over the same line, by Bo
    await f.close();
    await f.call('project.open', { path: f.path });
    const first = await f.call('project.merge', { paths: [copy] });
    expect(first.value.segments).toEqual({ added: 4, skipped: 1 });
    const again = await f.call('project.merge', { paths: [copy] });
    expect(again.value.segments).toEqual({ added: 0, skipped: 5 });
  });

  it('undoes the whole merge in one step, and redoes it', async () => {
    const before = counts();
    await f.call('project.merge', { paths: [copy] });
    const merged = counts();
    await f.call('history.undo', {});
    expect({ ...counts(), history: 0 }).toEqual({ ...before, history: 0 });
    await f.call('history.redo', {});
    expect({ ...counts(), history: 0 }).toEqual({ ...merged, history: 0 });
    // Still searchable after undo and redo: the full-text index followed the documents.
    const hits = await f.call('search.text', { query: 'ny' });
    expect(hits.map((h) => h.document)).toContain('Ny intervju');
  });

  it('adds a document of a taken name but another text only when asked', async () => {
    const { value } = await f.call('project.merge', { paths: [copy], addDiffering: true });
    expect(value.documents).toMatchObject({ added: 2, differing: ['Angered VT2018 Medarbetare'] });
    const names = (await f.call('documents.list', {})).map((d) => d.name);
    expect(names).toContain('Angered VT2018 Medarbetare (Bo)');
  });

  it('reports a document of the project whose text the copy changed, under any name', async () => {
    await f.close();
    await f.call('project.open', { path: copy });
    const p = f.project();
    const guid = p.db
      .prepare('SELECT guid FROM documents WHERE id = ?')
      .pluck()
      .get(f.docId(0)) as string;
    p.db.transaction(() => {
      // The first interview, renamed and its text changed in Bo's copy: the same GUID.
      p.documents.delete([f.docId(0)]);
      const text = 'IP1: En ändrad text.';
      const id = p.documents.insert({
        name: 'Omdöpt intervju',
        kind: 'transcript',
        text,
        textHash: createHash('sha256').update(text).digest('hex'),
        words: 4,
        sourceName: 'Omdöpt intervju.docx',
        sourceFormat: 'docx',
        paragraphs: [{ start: 0, end: text.length, kind: 'paragraph' }],
        speakers: [],
        turns: [],
      });
      p.db.prepare('UPDATE documents SET guid = ? WHERE id = ?').run(guid, id);
    })();
    await f.close();
    await f.call('project.open', { path: f.path });
    const { value } = await f.call('project.merge', { paths: [copy] });
    expect(value.documents.differing.sort()).toEqual([
      'Angered VT2018 Medarbetare',
      'Omdöpt intervju',
    ]);
    expect(value.documents.added).toBe(1); // Ny intervju only
    const names = (await f.call('documents.list', {})).map((d) => d.name);
    expect(names).not.toContain('Omdöpt intervju');
  });

  it('refuses a non-project, a newer project and the project itself, changing nothing', async () => {
    const before = counts();
    const text = join(dirname(copy), 'anteckningar.kvalkod');
    writeFileSync(text, 'Det här är inte ett projekt.');
    await expect(f.call('project.merge', { paths: [text] })).rejects.toMatchObject({
      code: 'not_a_project',
      params: { path: text },
    });
    const newer = join(dirname(copy), 'Nyare.kvalkod');
    copyFileSync(copy, newer);
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    const newerHash = sha(newer);
    await expect(f.call('project.merge', { paths: [copy, newer] })).rejects.toMatchObject({
      code: 'newer_version',
      params: { path: newer },
    });
    expect(sha(newer)).toBe(newerHash);
    await expect(f.call('project.merge', { paths: [f.path] })).rejects.toMatchObject({
      code: 'merge_same_project',
    });
    await expect(
      f.call('project.merge', { paths: [join(dirname(copy), 'saknas.kvalkod')] }),
    ).rejects.toMatchObject({ code: 'file_missing' });
    expect(counts()).toEqual(before);
    expect(existsSync(`${copy}-wal`)).toBe(false);
  });
});
