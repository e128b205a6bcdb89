// The history under a second writer: a busy lock is never a conflict (undo keeps its entry), every
// transaction holds the write lock from its start, and undo takes exactly the entry the window's
// button named.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { codingProject } from './coding-fixture';

/** Another program's connection to the same file. */
const other = (path: string, timeout = 0) => new Database(path, { timeout });

describe('history and a second writer', () => {
  it('a transaction takes the write lock when it begins, before it has written anything', async () => {
    const f = await codingProject();
    const second = other(f.path);
    let seen = '';
    f.project().db.transaction(() => {
      f.project().db.prepare('SELECT count(*) FROM segments').get();
      try {
        second.exec('BEGIN IMMEDIATE');
      } catch (err) {
        seen = (err as { code: string }).code;
      }
    })();
    expect(seen).toBe('SQLITE_BUSY');
    second.close();
    await f.close();
  });

  it('an undo that meets a lock held too long fails as busy and keeps its entry for the next try', async () => {
    const f = await codingProject();
    const { value } = await f.call('segments.create', {
      documentId: f.docId(0),
      ...f.find(0, 'Lönen är låg'),
      codeIds: [f.code(3).id],
    });
    f.project().db.pragma('busy_timeout = 50');
    const second = other(f.path);
    second.exec('BEGIN IMMEDIATE');
    await expect(f.call('history.undo', {})).rejects.toMatchObject({ code: 'project_busy' });
    second.exec('ROLLBACK');
    second.close();
    const entries = await f.call('history.list', { limit: 5 });
    expect(entries.map((e) => e.state)).toEqual(['done']);
    await f.call('history.undo', {});
    expect(f.project().segments.get(value.id)).toBeNull();
    await f.close();
  });

  it('undo refuses to take another entry than the one the button named, and changes nothing', async () => {
    const f = await codingProject();
    const mine = await f.call('segments.create', {
      documentId: f.docId(0),
      ...f.find(0, 'Lönen är låg'),
      codeIds: [f.code(3).id],
    });
    // Another program codes a passage after the window last looked.
    await f.call('segments.create', {
      documentId: f.docId(1),
      ...f.find(1, 'Arbetsbelastningen är hög'),
      codeIds: [f.code(5).id],
    });
    const named = mine.undo.undoId ?? -1;
    await expect(f.call('history.undo', { expected: named })).rejects.toMatchObject({
      code: 'history_moved',
    });
    expect((await f.call('history.list', { limit: 5 })).map((e) => e.state)).toEqual([
      'done',
      'done',
    ]);
    const now = await f.call('history.state', {});
    expect(now.undoId).not.toBe(named);
    await f.call('history.undo', { expected: now.undoId ?? -1 });
    const redo = await f.call('history.state', {});
    await expect(f.call('history.redo', { expected: named })).rejects.toMatchObject({
      code: 'history_moved',
    });
    await f.call('history.redo', { expected: redo.redoId ?? -1 });
    await f.close();
  });
});
