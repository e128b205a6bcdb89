// Issue 5's figure: area x assessment by interviews with a filter (Grupp = Chefer) over the bench
// project, through the handler as the window calls it. table_ms: right after a coding action in one
// interview (that interview's passages are read again: what a user waits for while coding);
// table_warm_ms: nothing changed; table_open_ms: every fact read afresh (the first table after
// opening the project). The floor is SQLite alone counting documents per code pair over the same
// join, in the same run.
import { performance } from 'node:perf_hooks';
import { createAppRegistry } from '../electron/handlers';
import { createContext, noRecentStore } from '../electron/handlers/create-context';
import { forgetFacts } from '../electron/tables/facts';

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

export async function measureTables(projectPath: string) {
  const registry = createAppRegistry();
  const ctx = createContext('cli', { recent: noRecentStore });
  await registry.call('project.open', { path: projectPath }, ctx);
  const project = ctx.session.project;
  if (!project) throw new Error('The bench project did not open.');
  const definition = {
    rows: 'Områden',
    cols: 'Bedömning',
    unit: 'interviews' as const,
    filters: [{ name: 'Grupp', values: ['Chefer'] }],
  };
  const codes = project.codes.list();
  const areas = codes.filter((c) => c.group === 'areas' && c.parentId !== null).map((c) => c.id);
  const assessments = codes
    .filter((c) => c.group === 'assessments' && c.parentId !== null)
    .map((c) => c.id);

  const firstDoc = (await registry.call('documents.list', {}, ctx))[0]?.id ?? 0;
  const full: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const sql: number[] = [];
  let table = await registry.call('tables.compute', definition, ctx);
  for (let i = 0; i < 15; i++) {
    forgetFacts(project, firstDoc);
    let t0 = performance.now();
    table = await registry.call('tables.compute', definition, ctx);
    cold.push(performance.now() - t0);
    t0 = performance.now();
    await registry.call('tables.compute', definition, ctx);
    warm.push(performance.now() - t0);
    forgetFacts(project);
    t0 = performance.now();
    await registry.call('tables.compute', definition, ctx);
    full.push(performance.now() - t0);
    t0 = performance.now();
    project.tables.bareCount(areas, assessments, 'Grupp', 'Chefer');
    sql.push(performance.now() - t0);
  }
  await registry.call('project.close', {}, ctx);
  const tableMs = median(cold);
  const sqlMs = median(sql);
  return {
    table_ms: Number(tableMs.toFixed(1)),
    table_warm_ms: Number(median(warm).toFixed(2)),
    table_open_ms: Number(median(full).toFixed(1)),
    table_sql_ms: Number(sqlMs.toFixed(1)),
    table_ratio: Number((tableMs / sqlMs).toFixed(2)),
    table_base: table.base,
  };
}
