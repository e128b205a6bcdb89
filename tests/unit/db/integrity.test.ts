// Damaged documents are named when a project opens, and the whole check finds them along with
// SQLite's own findings; a healthy project checks out clean.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { codingProject } from './coding-fixture';

describe('integrity of a project', () => {
  it('a healthy project checks out clean, every document counted', async () => {
    const f = await codingProject();
    expect(f.project().summary().damagedDocuments).toEqual([]);
    expect(await f.call('project.check', {})).toEqual({
      ok: true,
      databaseProblems: [],
      foreignKeyProblems: 0,
      documentsChecked: 2,
      damagedDocuments: [],
    });
    await f.close();
  });

  it('a text changed behind Kvalkod is named on open and by the check', async () => {
    const f = await codingProject();
    const id = f.docId(1);
    await f.close();
    const other = new Database(f.path);
    other.prepare("UPDATE documents SET text = replace(text, 'hög', 'låg') WHERE id = ?").run(id);
    other.close();

    const opened = await f.call('project.open', { path: f.path });
    expect(opened.damagedDocuments).toEqual([{ id, name: 'Angered VT2018 Medarbetare' }]);
    const report = await f.call('project.check', {});
    expect(report.ok).toBe(false);
    expect(report.damagedDocuments).toEqual([{ id, name: 'Angered VT2018 Medarbetare' }]);
    expect(report.databaseProblems).toEqual([]);
    await f.close();
  });

  it('rows pointing at what is not there are counted', async () => {
    const f = await codingProject();
    f.project().db.pragma('foreign_keys = OFF');
    f.project()
      .db.prepare(
        "INSERT INTO segments (guid, document_id, start, \"end\", memo, created_at, updated_at) VALUES ('x', 999, 0, 1, '', '', '')",
      )
      .run();
    const report = await f.call('project.check', {});
    expect(report).toMatchObject({ ok: false, foreignKeyProblems: 1 });
    await f.close();
  });
});
