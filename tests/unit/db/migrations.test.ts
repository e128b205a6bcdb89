import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, MIGRATIONS_DIR, migrate } from '../../../db/migrations';
import { Project } from '../../../db/project';
import { APPLICATION_ID } from '../../../db/connection';

// Landed migrations are never edited: a change to one of these files must be a new migration.
const LANDED: Record<string, string> = {
  '001-initial.sql': '0a79a4c6', // first 8 hex of SHA-256
  '002-coding.sql': '0f4b8e4d',
  '003-survey-tables-exchange.sql': 'f13f5785',
  '004-lean-file.sql': 'a4c3c019',
  '005-pseudonymisation.sql': 'e8c2efe6',
  '006-history-messages.sql': 'f4a33e67',
  '007-packed-passages.sql': '0b2e488c',
};

describe('migrations', () => {
  it('are numbered without gaps', () => {
    expect(loadMigrations().map((m) => m.version)).toEqual(loadMigrations().map((_, i) => i + 1));
  });

  it.each(Object.entries(LANDED))('%s is unchanged since it landed', (file, hash) => {
    const sha = createHash('sha256')
      .update(readFileSync(join(MIGRATIONS_DIR, file)))
      .digest('hex');
    expect(sha.slice(0, 8)).toBe(hash);
  });

  it('every migration file is listed as landed here', () => {
    expect(
      readdirSync(MIGRATIONS_DIR)
        .filter((f) => f.endsWith('.sql'))
        .sort(),
    ).toEqual(Object.keys(LANDED).sort());
  });

  it('refuses a folder with a gap in the numbering', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalkod-mig-'));
    writeFileSync(join(dir, '001-a.sql'), 'CREATE TABLE a (x);');
    writeFileSync(join(dir, '003-c.sql'), 'CREATE TABLE c (x);');
    expect(() => loadMigrations(dir)).toThrow(/out of sequence/);
  });

  it('a failing migration leaves the file at its previous version', () => {
    const db = new Database(':memory:');
    const bad = [
      { version: 1, name: '001-a.sql', sql: 'CREATE TABLE a (x);' },
      { version: 2, name: '002-b.sql', sql: 'CREATE TABLE b (x); INSERT INTO nowhere VALUES (1);' },
    ];
    expect(() => migrate(db, bad)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });

  it('backs the file up before migrating an older project', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kvalkod-mig-')), 'old.kvalkod');
    // A project file as an older Kvalkod left it: marked as ours, at schema version 0.
    const raw = new Database(path);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.exec('CREATE TABLE legacy (x)');
    raw.close();
    const project = Project.open(path);
    expect(existsSync(`${path}.backup-v0`)).toBe(true);
    expect(project.db.pragma('user_version', { simple: true })).toBe(loadMigrations().length);
    project.close();
  });

  it('the schema matches its snapshot (change it with a migration, then update the snapshot)', () => {
    const db = new Database(':memory:');
    migrate(db);
    const schema = db
      .prepare<[], { sql: string }>(
        'SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name',
      )
      .all()
      .map((r) => r.sql.replace(/\s+/g, ' '))
      .join('\n');
    expect(schema).toMatchSnapshot();
  });
});
