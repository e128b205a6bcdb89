// Migration 004 (a leaner file): a project of schema 3 keeps its documents' paragraphs exactly and
// stays searchable, with the paragraphs in the compact form and the index without positions.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrations';
import { decodeParagraphs } from '../../../shared/documents/paragraph-codec';
import type { Paragraph } from '../../../shared/transcript/types';

const OLD: Paragraph[] = [
  { start: 0, end: 42, kind: 'heading' },
  { start: 43, end: 60, kind: 'paragraph' },
  { start: 62, end: 70, kind: 'table-row' },
  { start: 71, end: 71, kind: 'list-item' },
  { start: 72, end: 90, kind: 'paragraph' },
];

describe('migration 004: a leaner file', () => {
  it('keeps every paragraph and the search of a schema-3 file', () => {
    const db = new Database(':memory:');
    const all = loadMigrations();
    const leanAt = all.findIndex((m) => m.name.endsWith('-lean-file.sql'));
    expect(leanAt).toBeGreaterThan(0);
    migrate(db, all.slice(0, leanAt));
    const insert = db.prepare(
      `INSERT INTO documents (guid, name, text, text_hash, structure, imported_at)
       VALUES (?, ?, ?, '', ?, '2026-01-01')`,
    );
    const text = 'Gruppintervju Lindholmen HT 2017 Chefer\nI: Hur har det gått med lokalerna?';
    insert.run('a', 'Med stycken', text, JSON.stringify(OLD));
    insert.run('b', 'Utan stycken', 'Lönen är för låg.', '[]');
    migrate(db, all.slice(0, leanAt + 1));

    const structure = (name: string) =>
      db
        .prepare<[string], { s: string }>('SELECT structure AS s FROM documents WHERE name = ?')
        .get(name)?.s ?? '';
    expect(structure('Med stycken')).toBe('h42 p17 t8+2 l0 p18');
    expect(decodeParagraphs(structure('Med stycken'))).toEqual(OLD);
    expect(structure('Utan stycken')).toBe('');
    const match = (q: string) =>
      db
        .prepare<[string], { name: string }>(
          'SELECT d.name FROM documents_fts f JOIN documents d ON d.id = f.rowid WHERE documents_fts MATCH ? ORDER BY d.name',
        )
        .all(q)
        .map((r) => r.name);
    expect(match('"lokalerna"')).toEqual(['Med stycken']);
    expect(match('"lönen" AND "låg"')).toEqual(['Utan stycken']);
    expect(match('"lon"')).toEqual([]);
    // New documents and deletions keep the index in step (the triggers of migration 001).
    db.prepare('DELETE FROM documents WHERE name = ?').run('Med stycken');
    expect(match('"lokalerna"')).toEqual([]);
    insert.run('c', 'Ny', 'Lokalerna är nya.', '');
    expect(match('"lokalerna"')).toEqual(['Ny']);
  });
});
