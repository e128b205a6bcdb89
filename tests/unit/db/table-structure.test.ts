// The turns the table builder reads come as one packed list per document (db/queries/tables.ts);
// they must be exactly the rows of the turns table, ordered by document and start.
import { afterEach, describe, expect, it } from 'vitest';
import { codingProject, type CodingFixture } from './coding-fixture';

let fixture: CodingFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

describe('tables.structure: turns', () => {
  it('are the rows of the turns table, by document and start, speakerless ones included', async () => {
    fixture = await codingProject();
    const db = fixture.project().db;
    const [first, second] = [fixture.docId(0), fixture.docId(1)];
    // Written out of order (a later rowid with an earlier start, in the first document), one
    // without a speaker, and a document with no turns at all.
    db.prepare(
      'INSERT INTO turns (document_id, speaker_id, start, label_end, "end") VALUES (?, NULL, 0, 0, 1)',
    ).run(first);
    db.prepare(
      'UPDATE turns SET speaker_id = NULL WHERE id = (SELECT max(id) FROM turns WHERE document_id = ?)',
    ).run(second);
    const plain = db
      .prepare(
        'SELECT id, document_id, start, "end", speaker_id FROM turns ORDER BY document_id, start, id',
      )
      .raw(true)
      .all() as unknown[][];
    expect(plain.length).toBeGreaterThan(5);
    expect(plain.some((t) => t[4] === null)).toBe(true);
    expect(fixture.project().tables.structure().turns).toEqual(plain);
  });

  it('are none in a project without turns', async () => {
    fixture = await codingProject([{ name: 'Utan talare', lines: ['Bara text.'] }]);
    expect(fixture.project().tables.structure().turns).toEqual([]);
  });
});
