import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CLI, NODE } from './built';
import { kvalkod, tempDir } from './cli-helper';
import { interviewDocx } from './import-fixtures';

const FILES = 60;

/** Documents in the project, read without taking part in its writes. */
function documentCount(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const db = new Database(path, { readonly: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

describe('a batch import killed with SIGKILL', () => {
  it('leaves a project that passes integrity_check, with every document whole or absent', async () => {
    const dir = tempDir();
    const folder = join(dir, 'in');
    mkdirSync(folder);
    const filler = 'Vi pratar om arbetsbelastning, lokaler och introduktion. '.repeat(400);
    for (let i = 0; i < FILES; i++)
      writeFileSync(
        join(folder, `Intervju ${String(i).padStart(2, '0')}.docx`),
        await interviewDocx(`${i}: ${filler}`),
      );
    const project = join(dir, 'p.kvalkod');
    expect(kvalkod(['init', project]).code).toBe(0);

    const child = spawn(NODE, [CLI, 'import', project, folder], { stdio: 'ignore' });
    // Kill as soon as some documents are in: the batch is then midway.
    const deadline = Date.now() + 60_000;
    while (documentCount(project) < 3 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const db = new Database(project);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const docs = db
      .prepare<[], { id: number; text: string; text_hash: string; words: number }>(
        'SELECT id, text, text_hash, words FROM documents',
      )
      .all();
    expect(docs.length).toBeGreaterThanOrEqual(3);
    expect(docs.length).toBeLessThan(FILES);
    for (const d of docs) {
      // Whole: the text matches its hash, and its speakers and turns were written with it.
      expect(createHash('sha256').update(d.text, 'utf8').digest('hex')).toBe(d.text_hash);
      const turns = db
        .prepare<[number], { n: number }>('SELECT count(*) AS n FROM turns WHERE document_id = ?')
        .get(d.id)?.n;
      const speakers = db
        .prepare<[number], { n: number }>(
          'SELECT count(*) AS n FROM speakers WHERE document_id = ?',
        )
        .get(d.id)?.n;
      expect(turns).toBe(6);
      expect(speakers).toBe(3);
    }
    db.close();
  }, 120_000);
});
