// Issue 12's table figures at scale: the bench's 144 interviews with 1,000 coded passages each
// (144,000). table_144k_open_ms: Områden x Bedömning by interviews with Grupp = Chefer, the first
// table after opening the project (a fresh open each time, median of 5); table_144k_ms: the same
// right after a coding action in one interview (median of 15); freq_144k_open_ms: codes by
// passages (Områden, one-way), the first after opening (median of 5). Both first-after-opening
// figures read the passages as an earlier session kept them packed in the file (migration 007);
// freq_144k_unkept_ms is the same table when no table has been counted since the passages last
// changed, so every passage is packed afresh (median of 3).
import { copyFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Project } from '../db/project';
import { createAppRegistry } from '../electron/handlers';
import { createContext, noRecentStore } from '../electron/handlers/create-context';
import { forgetFacts } from '../electron/tables/facts';
import { seedSegments } from './seed-segments';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;

/** A copy of the imported project with 1,000 passages in every interview. */
export function build144k(importedPath: string, path: string): number {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  copyFileSync(importedPath, path);
  const project = Project.open(path);
  const docs = project.db.prepare<[], number>('SELECT id FROM documents').pluck(true).all();
  const seeded = seedSegments(
    project.db,
    docs.map((documentId) => ({ documentId, count: 1000 })),
    144,
  );
  project.close();
  return seeded;
}

export async function measureTables144k(path: string) {
  const registry = createAppRegistry();
  const ctx = createContext('cli', { recent: noRecentStore });
  const cross = {
    rows: 'Områden',
    cols: 'Bedömning',
    unit: 'interviews' as const,
    filters: [{ name: 'Grupp', values: ['Chefer'] }],
  };
  const freq = { rows: 'Områden', cols: null, unit: 'passages' as const };
  /** Opens the project afresh, then times one table: the first after opening. */
  const firstAfterOpen = async (definition: typeof cross | typeof freq) => {
    await registry.call('project.open', { path }, ctx);
    const t0 = performance.now();
    await registry.call('tables.compute', definition, ctx);
    const ms = performance.now() - t0;
    await registry.call('project.close', {}, ctx);
    return ms;
  };
  const open: number[] = [];
  const freqOpen: number[] = [];
  for (let i = 0; i < 5; i++) {
    open.push(await firstAfterOpen(cross));
    freqOpen.push(await firstAfterOpen(freq));
  }
  const unkept: number[] = [];
  for (let i = 0; i < 3; i++) {
    await registry.call('project.open', { path }, ctx);
    const docs = (await registry.call('documents.list', {}, ctx)).map((d) => d.id);
    for (const doc of docs) ctx.session.project?.tables.forgetPacked(doc);
    await registry.call('project.close', {}, ctx);
    unkept.push(await firstAfterOpen(freq));
  }
  await registry.call('project.open', { path }, ctx);
  const project = ctx.session.project;
  if (!project) throw new Error('The 144k project did not open.');
  const table = await registry.call('tables.compute', cross, ctx);
  const firstDoc = (await registry.call('documents.list', {}, ctx))[0]?.id ?? 0;
  const after: number[] = [];
  for (let i = 0; i < 15; i++) {
    forgetFacts(project, firstDoc); // as a coding action in that interview would
    const t0 = performance.now();
    await registry.call('tables.compute', cross, ctx);
    after.push(performance.now() - t0);
  }
  await registry.call('project.close', {}, ctx);
  return {
    table_144k_open_ms: Number(median(open).toFixed(1)),
    table_144k_ms: Number(median(after).toFixed(1)),
    freq_144k_open_ms: Number(median(freqOpen).toFixed(1)),
    freq_144k_unkept_ms: Number(median(unkept).toFixed(1)),
    table_144k_base: table.base,
  };
}
