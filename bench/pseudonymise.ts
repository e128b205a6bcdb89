// Issue 14's figures on the bench project (144 interviews, 20,000 coded passages, one long
// transcript): pseudo_scan_s, the whole scan through the handler as the window starts it (every
// text, label, memo, name and value read, candidates counted); pseudo_apply_s, the pseudonymised
// copy with every candidate accepted (scan, rewrite with offsets, FTS rebuilt, VACUUM INTO, key).
// Planted identifiers (a personnummer, a phone, an e-mail, an address and a full name in every
// interview) give the copy real work beside the speakers' names the corpus has.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAppRegistry } from '../electron/handlers';
import { createContext, noRecentStore } from '../electron/handlers/create-context';
import type { PseudoJob } from '../shared/api/contract-pseudonymise';

const PLANTED =
  ' Min handläggare Ingegerd Lövgren ringde från 070-123 45 67 om klienten 19800101-0019 på Storgatan 12 B; mejla ingegerd.lovgren@stad.se.';

export async function measurePseudonymise(projectPath: string, workDir: string) {
  const copyOf = join(workDir, 'pseudo-source.kvalkod');
  const out = join(workDir, 'pseudo-copy.kvalkod');
  const key = join(workDir, 'pseudo-key.csv');
  for (const f of [copyOf, `${copyOf}-wal`, `${copyOf}-shm`, out, key]) rmSync(f, { force: true });
  copyFileSync(projectPath, copyOf);
  const registry = createAppRegistry();
  const ctx = createContext('cli', { recent: noRecentStore });
  await registry.call('project.open', { path: copyOf }, ctx);
  const project = ctx.session.project;
  if (!project) throw new Error('The bench project did not open.');
  // Appended at the end of each text, so that no passage or turn offset changes.
  project.db
    .prepare("UPDATE documents SET text = text || ? WHERE kind = 'transcript'")
    .run(PLANTED);

  const wait = async (jobId: string) => {
    for (;;) {
      const s: PseudoJob = await registry.call('pseudonymise.job', { jobId }, ctx);
      if (s.status === 'done') return s;
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  let t0 = performance.now();
  const scan = (await wait((await registry.call('pseudonymise.scan', {}, ctx)).jobId)).scan;
  const scanS = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const done = await wait(
    (await registry.call('pseudonymise.apply', { out, key, acceptAll: true }, ctx)).jobId,
  );
  const applyS = (performance.now() - t0) / 1000;
  await registry.call('project.close', {}, ctx);
  return {
    pseudo_scan_s: Number(scanS.toFixed(2)),
    pseudo_apply_s: Number(applyS.toFixed(2)),
    pseudo_candidates: scan?.candidates.length ?? 0,
    pseudo_replaced: done.report?.replaced.reduce((n, r) => n + r.count, 0) ?? 0,
    pseudo_segments_moved: done.report?.segments.moved ?? 0,
  };
}
