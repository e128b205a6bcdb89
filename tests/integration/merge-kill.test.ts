// A merge killed with SIGKILL halfway through leaves the project exactly as it was: the whole merge
// is one transaction.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CLI, NODE } from './built';
import { kvalkod, tempDir } from './cli-helper';

const PASSAGES = 60_000;

function count(path: string, table: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('a merge killed with SIGKILL', () => {
  it('merges nothing: the project passes integrity_check with its passages as before', async () => {
    const dir = tempDir();
    const project = join(dir, 'p.kvalkod');
    const copy = join(dir, 'Bo.kvalkod');
    expect(kvalkod(['example', project]).code).toBe(0);
    copyFileSync(project, copy);
    // Bo's copy: many passages, written straight into his file.
    const db = new Database(copy);
    const docs = db.prepare('SELECT id, length(text) AS n FROM documents').all() as {
      id: number;
      n: number;
    }[];
    const code = (db.prepare('SELECT id FROM codes WHERE number = 3').get() as { id: number }).id;
    const coder = Number(
      db.prepare("INSERT INTO coders (guid, name) VALUES ('bo-guid', 'Bo')").run().lastInsertRowid,
    );
    const seg = db.prepare(
      `INSERT INTO segments (guid, document_id, start, "end", coder_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')`,
    );
    const link = db.prepare('INSERT INTO segment_codes (segment_id, code_id) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < PASSAGES; i++) {
        const doc = docs[i % docs.length] ?? { id: 1, n: 100 };
        const start = (i * 7) % Math.max(1, doc.n - 20);
        const id = seg.run(`bo-${i}`, doc.id, start, start + 10, coder).lastInsertRowid;
        link.run(id, code);
      }
    })();
    db.close();
    const before = { segments: count(project, 'segments'), history: count(project, 'history') };

    const child = spawn(NODE, [CLI, 'merge', project, copy], { stdio: 'ignore' });
    // Kill once the merge has started writing: its pages spill into the write-ahead log long
    // before the one commit at the end.
    const wal = `${project}-wal`;
    const deadline = Date.now() + 120_000;
    while ((!existsSync(wal) || statSync(wal).size < 2_000_000) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGKILL');
    const exit = await new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    expect(exit).toBeNull(); // killed, not finished
    expect(statSync(wal).size).toBeGreaterThanOrEqual(2_000_000); // and killed while writing

    const after = new Database(project);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    const segments = (after.prepare('SELECT count(*) AS n FROM segments').get() as { n: number }).n;
    const history = (after.prepare('SELECT count(*) AS n FROM history').get() as { n: number }).n;
    after.close();
    expect({ segments, history }).toEqual(before);
  }, 240_000);
});
