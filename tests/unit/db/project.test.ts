import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Project } from '../../../db/project';
import { APPLICATION_ID } from '../../../db/connection';
import { latestSchemaVersion } from '../../../db/migrations';

const tmp = () => mkdtempSync(join(tmpdir(), 'kvalkod-db-'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('Project file', () => {
  it('creates a file with the Kvalkod pragmas and the template codebook', () => {
    const path = join(tmp(), 'a.kvalkod');
    const project = Project.create(path);
    expect(project.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(project.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(project.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(project.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(project.db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const areas = project.codes.list().filter((c) => c.group === 'areas' && c.number !== null);
    expect(areas.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    project.close();
  });

  it('creates an empty codebook on request', () => {
    const project = Project.create(join(tmp(), 'e.kvalkod'), { empty: true });
    expect(project.codes.list()).toEqual([]);
    project.close();
  });

  it('refuses to overwrite an existing file', () => {
    const path = join(tmp(), 'x.kvalkod');
    writeFileSync(path, 'hello');
    expect(() => Project.create(path)).toThrow(/already exists/);
    expect(readFileSync(path, 'utf8')).toBe('hello');
  });

  it('refuses a file from a newer Kvalkod, naming both versions, and leaves it untouched', () => {
    const path = join(tmp(), 'new.kvalkod');
    Project.create(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${latestSchemaVersion() + 5}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha(path);
    expect(() => Project.open(path)).toThrow(
      new RegExp(`version ${latestSchemaVersion() + 5}.*up to ${latestSchemaVersion()}`),
    );
    expect(sha(path)).toBe(before);
  });

  it.each([
    [
      'a renamed document',
      (p: string) => writeFileSync(p, 'PK\x03\x04 this is really a docx'),
      /not a database/,
    ],
    ['an empty file', (p: string) => writeFileSync(p, ''), /not a database/],
    [
      'some other SQLite database',
      (p: string) => {
        const db = new Database(p);
        db.exec('CREATE TABLE t (x)');
        db.close();
      },
      /database, but not a Kvalkod project/,
    ],
  ])('refuses %s with a clear message, leaving it untouched', (_label, make, message) => {
    const path = join(tmp(), 'foreign.kvalkod');
    make(path);
    const before = sha(path);
    expect(() => Project.open(path)).toThrow(message);
    expect(sha(path)).toBe(before);
  });

  it('reopens a project unchanged', () => {
    const path = join(tmp(), 'r.kvalkod');
    const first = Project.create(path);
    const codes = first.codes.list();
    first.close();
    const again = Project.open(path);
    expect(again.codes.list()).toEqual(codes);
    again.close();
  });
});
