// Issue 12's memory figure: import_peak_rss_mb, the peak resident memory of a whole import of the
// corpus by `kvalkod import` (the bundle) in a process of its own. Worker threads live in the same
// process, so its peak (getrusage's maxrss) holds the main thread and every worker together.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function measureImportMemory(
  corpus: string,
  count: number,
  projectPath: string,
  pattern: string,
) {
  for (const suffix of ['', '-wal', '-shm']) rmSync(projectPath + suffix, { force: true });
  const cli = pathToFileURL(join(process.cwd(), 'dist', 'electron', 'cli.mjs')).href;
  const run = (args: string[]) => {
    // The bundle runs as `kvalkod` would; on exit the process reports its own peak.
    const child = join(process.cwd(), 'bench', 'import-child.mjs');
    const res = spawnSync(process.execPath, [child, cli, ...args], { encoding: 'utf8' });
    // Exit code 2: some files were skipped (the corpus folder also holds its stamp.json).
    if (res.status !== 0 && res.status !== 2)
      throw new Error(`kvalkod ${args[0]} failed: ${res.stdout}${res.stderr}`);
    return { out: res.stdout, peakMb: Number(/maxrss=(\d+)/.exec(res.stderr)?.[1] ?? NaN) / 1024 };
  };
  run(['init', projectPath]);
  const { out, peakMb } = run(['import', projectPath, corpus, '--pattern', pattern]);
  if (!new RegExp(`^${count} imported`, 'm').test(out))
    throw new Error(`The import in its own process: ${out}`);
  return { import_peak_rss_mb: Number(peakMb.toFixed(0)) };
}
