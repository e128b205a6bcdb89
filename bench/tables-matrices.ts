// Issue 11 item 9's tables at scale, on the 144,000-passage copy: each right after a coding action
// in one interview (that interview read again, the rest kept), median of 5, through the handler as
// the window calls it. split_144k_ms: Områden x Bedömning by interviews split by Grupp (the whole
// and three blocks); documents_144k_ms: Områden x Dokument by passages (144 columns);
// cooccurrence_144k_ms: Teman x Teman by passages, overlapping passages together;
// cooccurrence_turn_144k_ms: Områden x Områden by passages, passages in the same turn together.
import { performance } from 'node:perf_hooks';
import { createAppRegistry } from '../electron/handlers';
import { createContext, noRecentStore } from '../electron/handlers/create-context';
import { forgetFacts } from '../electron/tables/facts';

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? NaN;

const DEFINITIONS = {
  split_144k_ms: { rows: 'Områden', cols: 'Bedömning', unit: 'interviews', by: 'Grupp' },
  documents_144k_ms: { rows: 'Områden', cols: 'documents', unit: 'passages', percent: 'none' },
  cooccurrence_144k_ms: { rows: 'Teman', cols: 'Teman', unit: 'passages', percent: 'row' },
  cooccurrence_turn_144k_ms: {
    rows: 'Områden',
    cols: 'Områden',
    unit: 'passages',
    percent: 'row',
    pairing: 'turn',
  },
} as const;

export async function measureMatrices144k(path: string): Promise<Record<string, number>> {
  const registry = createAppRegistry();
  const ctx = createContext('cli', { recent: noRecentStore });
  await registry.call('project.open', { path }, ctx);
  const project = ctx.session.project;
  if (!project) throw new Error('The 144k project did not open.');
  const firstDoc = (await registry.call('documents.list', {}, ctx))[0]?.id ?? 0;
  const figures: Record<string, number> = {};
  for (const [figure, definition] of Object.entries(DEFINITIONS)) {
    const table = await registry.call('tables.compute', definition, ctx);
    if (figure === 'documents_144k_ms') figures.documents_144k_columns = table.columns.length;
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      forgetFacts(project, firstDoc); // as a coding action in that interview would
      const t0 = performance.now();
      await registry.call('tables.compute', definition, ctx);
      times.push(performance.now() - t0);
    }
    figures[figure] = Number(median(times).toFixed(1));
  }
  await registry.call('project.close', {}, ctx);
  return figures;
}
