// `kvalkod check <project> [--json]`: exit 0 and a clean report for a healthy project; exit 1 and
// the damaged documents named when a text no longer matches its SHA-256.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { kvalkod, tempDir } from './cli-helper';

describe('kvalkod check', () => {
  const dir = tempDir();
  const path = join(dir, 'Studie.kvalkod');

  it('a healthy project: exit 0, every document checked', () => {
    expect(kvalkod(['example', path]).code).toBe(0);
    const run = kvalkod(['check', path, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toEqual({
      ok: true,
      databaseProblems: [],
      foreignKeyProblems: 0,
      documentsChecked: 6,
      damagedDocuments: [],
    });
    expect(kvalkod(['check', path]).stdout).toMatch(/no damage found[\s\S]*6 checked/);
  });

  it('a text changed behind Kvalkod: exit 1, the document named', () => {
    const db = new Database(path);
    const doc = db
      .prepare("SELECT id, name FROM documents WHERE name LIKE 'Lindholmen%' LIMIT 1")
      .get() as {
      id: number;
      name: string;
    };
    db.prepare("UPDATE documents SET text = text || ' (ändrad)' WHERE id = ?").run(doc.id);
    db.close();
    const json = kvalkod(['check', path, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, damagedDocuments: [doc] });
    const text = kvalkod(['check', path]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('DAMAGED');
    expect(text.stdout).toContain(`${doc.id}  ${doc.name}`);
  });

  it('a file that is not a project: exit 1, one line', () => {
    const run = kvalkod(['check', join(dir, 'saknas.kvalkod')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
