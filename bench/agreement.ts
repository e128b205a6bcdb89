// Issue 13's figures on the bench project: its 20,000 coded passages become Anna's; a copy of the
// project goes to Bo, who adds 20,000 passages of his own. merge_s: merging Bo's copy back through
// the handler (reading the copy included), best of two runs on fresh copies; agreement_ms: Anna
// against Bo on paragraphs, all codes, through the handler as the window calls it (median of 5).
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createAppRegistry } from '../electron/handlers';
import { createContext, noRecentStore } from '../electron/handlers/create-context';
import { seedSegments } from './seed-segments';

const PASSAGES = 20_000;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** Gives every passage without a coder to `name` (bench fixture: straight into the file). */
function assignCoder(db: Database.Database, name: string): void {
  db.prepare('INSERT OR IGNORE INTO coders (guid, name) VALUES (?, ?)').run(`bench-${name}`, name);
  db.prepare(
    'UPDATE segments SET coder_id = (SELECT id FROM coders WHERE name = ?) WHERE coder_id IS NULL',
  ).run(name);
}

function remove(path: string) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

export async function measureAgreement(projectPath: string, work: string) {
  const anna = join(work, 'bench-agreement-anna.kvalkod');
  const bo = join(work, 'bench-agreement-bo.kvalkod');
  const target = join(work, 'bench-agreement.kvalkod');
  for (const p of [anna, bo, target]) remove(p);

  copyFileSync(projectPath, anna);
  let db = new Database(anna);
  assignCoder(db, 'Anna');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  copyFileSync(anna, bo);
  db = new Database(bo);
  const docs = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
  const per = Math.ceil(PASSAGES / docs.length);
  const added = seedSegments(
    db,
    docs.map((id, i) => ({
      documentId: id,
      count: Math.max(0, Math.min(per, PASSAGES - i * per)),
    })),
    13,
  );
  assignCoder(db, 'Bo');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();

  const registry = createAppRegistry();
  const merges: number[] = [];
  let report: { segments: { added: number; skipped: number } } | null = null;
  for (let run = 0; run < 2; run++) {
    remove(target);
    copyFileSync(anna, target);
    const ctx = createContext('cli', { recent: noRecentStore });
    await registry.call('project.open', { path: target }, ctx);
    const t0 = performance.now();
    report = (await registry.call('project.merge', { paths: [bo] }, ctx)).value;
    merges.push(performance.now() - t0);
    await registry.call('project.close', {}, ctx);
  }
  if (report?.segments.added !== added)
    throw new Error(`The merge added ${report?.segments.added ?? 0} of Bo's ${added} passages.`);

  const ctx = createContext('cli', { recent: noRecentStore });
  await registry.call('project.open', { path: target }, ctx);
  const query = { coders: ['Anna', 'Bo'], unit: 'paragraph' as const };
  const times: number[] = [];
  let result = await registry.call('agreement.compute', query, ctx);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    result = await registry.call('agreement.compute', query, ctx);
    times.push(performance.now() - t0);
  }
  await registry.call('project.close', {}, ctx);
  for (const p of [anna, bo, target]) remove(p);
  return {
    agreement_ms: Number(median(times).toFixed(1)),
    merge_s: Number((Math.min(...merges) / 1000).toFixed(2)),
    agreement_passages: added,
    agreement_documents: result.documents.length,
    agreement_disagreements: result.disagreementCount,
  };
}
