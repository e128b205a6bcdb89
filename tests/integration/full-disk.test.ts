// A full disk, made real with the file-size limit (ulimit -f: writes past it fail with EFBIG, as on
// a full disk, for any user): an export never leaves a truncated file over the previous one, and an
// import stops cleanly with every file listed as imported or not, the project whole.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../../db/project';
import { CLI, NODE } from './built';
import { kvalkod, tempDir, type CliRun } from './cli-helper';

/** The CLI with the size of any file it writes limited to `kib` KiB. */
function kvalkodLimited(kib: number, args: string[], cwd: string): CliRun {
  const res = spawnSync(
    'sh',
    ['-c', `ulimit -f ${kib * 2} && exec "$0" "$@"`, NODE, CLI, ...args],
    { cwd, encoding: 'utf8', env: { ...process.env, KVALKOD_CONFIG_DIR: join(cwd, 'config') } },
  );
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

/** Words that do not compress away (mulberry32, a PRNG): a transcript of about `kib` KiB. */
function transcript(seed: number, kib: number): string {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const letters = 'abcdefghijklmnoprstuvyåäö';
  const word = () =>
    Array.from({ length: 3 + Math.floor(next() * 7) }, () => letters[Math.floor(next() * 25)]).join(
      '',
    );
  const lines: string[] = [];
  for (let size = 0; size < kib * 1024;) {
    const line = `${lines.length % 2 ? 'IP1' : 'I'}: ${Array.from({ length: 40 }, word).join(' ')}.`;
    lines.push(line);
    size += line.length;
  }
  return lines.join('\n');
}

describe('a full disk', () => {
  it('an export that does not fit leaves the file that was there untouched, and says so in one line', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Stor.txt'), transcript(7, 300));
    expect(kvalkod(['init', 'p.kvalkod'], dir).code).toBe(0);
    expect(kvalkod(['import', 'p.kvalkod', 'Stor.txt'], dir).code).toBe(0);
    writeFileSync(join(dir, 'ut.qdpx'), 'förra exporten');

    const run = kvalkodLimited(100, ['refi', 'export', 'p.kvalkod', 'ut.qdpx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^kvalkod: Could not write .*ut\.qdpx: the disk is full/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(dir, 'ut.qdpx'), 'utf8')).toBe('förra exporten');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('an import stops at the file that does not fit; every file is listed, the project is whole', () => {
    const dir = tempDir();
    const names = Array.from({ length: 8 }, (_, i) => `Intervju ${i + 1}.txt`);
    names.forEach((n, i) => writeFileSync(join(dir, n), transcript(i + 1, 60)));
    expect(kvalkod(['init', 'p.kvalkod'], dir).code).toBe(0);

    const run = kvalkodLimited(700, ['import', 'p.kvalkod', ...names, '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as {
      files: { file: string; status: string; reason?: string; message?: string }[];
    };
    expect(report.files.map((f) => f.file)).toEqual(names);
    const imported = report.files.filter((f) => f.status === 'imported');
    const stopped = report.files.filter((f) => f.status === 'skipped');
    expect(imported.length).toBeGreaterThan(0);
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped.every((f) => f.reason === 'disk_full')).toBe(true);
    expect(report.files.slice(imported.length).every((f) => f.status === 'skipped')).toBe(true);

    const project = Project.open(join(dir, 'p.kvalkod'));
    expect(project.documents.list().map((d) => d.sourceName)).toEqual(imported.map((f) => f.file));
    expect(project.summary().damagedDocuments).toEqual([]);
    project.close();
  });
});
