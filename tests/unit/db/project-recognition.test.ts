// A project is recognised through SQLite (PRAGMA application_id / user_version, which see the
// WAL), not through the main file's raw bytes: a project another program has open, and a copy taken
// with its -wal before a clean close (what a crash or a backup tool leaves), both open; foreign and
// newer files are still refused and left untouched.
import { message } from '../../../shared/messages';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Project } from '../../../db/project';
import { checkProjectFile } from '../../../db/project-file';
import { APPLICATION_ID } from '../../../db/connection';
import { latestSchemaVersion } from '../../../db/migrations';
import { readSqliteHeader } from '../../../db/header';

const tmp = () => mkdtempSync(join(tmpdir(), 'kvalkod-recog-'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** What a backup tool or a crash leaves: the main file and its -wal as they are, no -shm. */
function copyWithWal(from: string, to: string): void {
  copyFileSync(from, to);
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`);
}

function addCode(project: Project, name: string): void {
  project.history.record(
    { action: 'test', message: message('codeCreated', { code: name }) },
    (rec) =>
      rec.insert('codes', {
        guid: `guid-${name}`,
        parent_id: null,
        name,
        number: null,
        group_kind: null,
        color: '#336699',
        description: '',
        when_to_use: '',
        when_not_to_use: '',
        example: '',
        shortcut: null,
        codable: 1,
        sort_order: 0,
        created_at: new Date().toISOString(),
      }),
  );
}

describe('recognising a project', () => {
  it('a new project carries its header in the main file (checkpointed after creation)', () => {
    const path = join(tmp(), 'new.kvalkod');
    const open = Project.create(path);
    const header = readSqliteHeader(path);
    expect(header?.applicationId).toBe(APPLICATION_ID);
    expect(header?.userVersion).toBe(latestSchemaVersion());
    open.close();
  });

  it('opens a project that another connection (the app) has open, with unsaved-to-main changes', () => {
    const path = join(tmp(), 'open.kvalkod');
    const app = Project.create(path, { empty: true });
    addCode(app, 'Från appen');
    expect(() => checkProjectFile(path)).not.toThrow();
    const cli = Project.open(path);
    expect(cli.codes.list().map((c) => c.name)).toEqual(['Från appen']);
    cli.close();
    app.close();
  });

  it('opens and recovers a copy taken with its -wal while the project was open', () => {
    const dir = tmp();
    const path = join(dir, 'live.kvalkod');
    const app = Project.create(path, { empty: true });
    for (let i = 0; i < 20; i++) addCode(app, `Kod ${i}`);
    expect(existsSync(`${path}-wal`)).toBe(true);
    const copy = join(dir, 'copy.kvalkod');
    copyWithWal(path, copy);
    const opened = Project.open(copy);
    expect(opened.codes.list()).toHaveLength(20);
    expect(opened.history.state().undoSummary).toBe('Created the code "Kod 19"');
    opened.close();
    app.close();
  });

  it('opens a copy of the main file alone taken right after creation', () => {
    const dir = tmp();
    const path = join(dir, 'fresh.kvalkod');
    const app = Project.create(path);
    const copy = join(dir, 'only-main.kvalkod');
    copyFileSync(path, copy);
    const opened = Project.open(copy);
    expect(opened.codes.list().length).toBeGreaterThan(0);
    opened.close();
    app.close();
  });

  it('refuses a newer file whose version sits only in its -wal, leaving both files untouched', () => {
    const dir = tmp();
    const path = join(dir, 'newer.kvalkod');
    Project.create(path).close();
    const writer = new Database(path);
    writer.pragma('journal_mode = WAL');
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma(`user_version = ${latestSchemaVersion() + 3}`);
    const copy = join(dir, 'newer-copy.kvalkod');
    copyWithWal(path, copy);
    writer.close();
    const before = [sha(copy), sha(`${copy}-wal`)];
    expect(() => Project.open(copy)).toThrow(new RegExp(`version ${latestSchemaVersion() + 3}`));
    expect([sha(copy), sha(`${copy}-wal`)]).toEqual(before);
  });

  it('refuses a foreign SQLite database in WAL mode, leaving it untouched', () => {
    const path = join(tmp(), 'foreign.kvalkod');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (x)');
    db.close();
    const before = sha(path);
    expect(() => Project.open(path)).toThrow(/database, but not a Kvalkod project/);
    expect(sha(path)).toBe(before);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
  });
});
