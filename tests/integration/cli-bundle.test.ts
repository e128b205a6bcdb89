// The bundled CLI (dist/electron/cli.mjs, what `kvalkod`, `npm run kvalkod` and the other process
// tests run) against its TypeScript source run through tsx: the same commands on twin projects give
// the same output, so the bundle is the program the source says.
// Every command must appear below, so a new command cannot miss the bundle's lazily loaded chunks.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../electron/cli/commands';
import { kvalkod as bundled, tempDir, type CliRun } from './cli-helper';

const BUNDLE = join(process.cwd(), 'dist', 'electron', 'cli.mjs');
const EXAMPLES = join(process.cwd(), 'resources', 'examples');

function fromSource(args: string[], cwd: string): CliRun {
  const res = spawnSync(
    join(process.cwd(), 'node_modules', '.bin', 'tsx'),
    [join(process.cwd(), 'electron/cli/main.ts'), ...args],
    {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, KVALKOD_CONFIG_DIR: join(tmpdir(), 'kvalkod-cli-config') },
    },
  );
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

/** One scenario run in a fresh folder: file names are relative, so both runs print alike. */
const SCENARIO: string[][] = [
  ['--help'],
  ['init', 'p.kvalkod'],
  ['example', 'ex.kvalkod'],
  ['info', 'ex.kvalkod', '--json'],
  ['codes', 'ex.kvalkod', '--json'],
  [
    'import',
    'p.kvalkod',
    'Lindholmen_HT2017_Chefer.txt',
    '--pattern',
    '{Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}',
    '--json',
  ],
  ['docs', 'p.kvalkod', '--json'],
  ['text', 'p.kvalkod', '1'],
  [
    'code',
    'p.kvalkod',
    '--doc',
    '1',
    '--start',
    '0',
    '--end',
    '40',
    '--code',
    '3',
    '--code',
    'Störst behov',
    '--coder',
    'Anna',
  ],
  ['segments', 'p.kvalkod', '--code', '3', '--json'],
  ['code', 'p.kvalkod', '--doc', '1', '--start', '0', '--end', '60', '--code', '3'].concat([
    '--coder',
    'Bo',
  ]),
  ['agreement', 'p.kvalkod', '--coders', 'Bo,Anna', '--codes', 'Områden'],
  ['search', 'ex.kvalkod', 'lokalerna', '--json'],
  ['autocode', 'ex.kvalkod', 'lokalerna', '--code', '13', '--unit', 'sentence'],
  ['history', 'ex.kvalkod', '--limit', '3', '--json'],
  [
    'table',
    'ex.kvalkod',
    '--rows',
    'Områden',
    '--cols',
    'Bedömning',
    '--unit',
    'interviews',
    '--format',
    'json',
  ],
  ['table', 'ex.kvalkod', '--rows', 'Områden', '--unit', 'passages', '--format', 'csv'],
  [
    'table',
    'ex.kvalkod',
    '--rows',
    'Områden',
    '--unit',
    'passages',
    '--format',
    'xlsx',
    '--out',
    't.xlsx',
  ],
  [
    'table',
    'ex.kvalkod',
    '--rows',
    'Områden',
    '--unit',
    'passages',
    '--format',
    'docx',
    '--out',
    't.docx',
  ],
  [
    'survey',
    'import',
    'p.kvalkod',
    'Enkät_HT2018.csv',
    '--id',
    'Respondent',
    '--attr',
    'Roll',
    '--ranked',
    'Längst=Längst 1,Längst 2,Längst 3',
    '--json',
  ],
  ['survey', 'table', 'p.kvalkod', '--question', 'Längst', '--by', 'Roll', '--format', 'md'],
  ['refi', 'export', 'ex.kvalkod', 'ex.qdpx', '--json'],
  ['refi', 'import', 'ex.qdpx', 'kopia.kvalkod', '--json'],
  ['merge', 'kopia.kvalkod', 'ex.kvalkod', '--json'],
  ['info', 'kopia.kvalkod'],
  ['pseudonymise', 'scan', 'ex.kvalkod', '--json'],
  ['pseudonymise', 'scan', 'ex.kvalkod', '--format', 'csv'],
  [
    'pseudonymise',
    'apply',
    'ex.kvalkod',
    '--out',
    'avid.kvalkod',
    '--key',
    'nyckel.csv',
    '--accept',
    'all',
    '--json',
  ],
  ['check', 'ex.kvalkod', '--json'],
  ['info', 'saknas.kvalkod'],
];

/** What differs between two honest runs: the folder, clocks and fresh GUIDs. */
function normalise(text: string, dir: string): string {
  return text
    .replaceAll(dir, '<dir>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<guid>');
}

function runScenario(run: (args: string[], cwd: string) => CliRun): {
  dir: string;
  outputs: CliRun[];
} {
  const dir = tempDir();
  copyFileSync(
    join(EXAMPLES, 'Lindholmen_HT2017_Chefer.txt'),
    join(dir, 'Lindholmen_HT2017_Chefer.txt'),
  );
  copyFileSync(join(EXAMPLES, 'enkat', 'Enkät_HT2018.csv'), join(dir, 'Enkät_HT2018.csv'));
  const outputs = SCENARIO.map((args) => {
    const r = run(args, dir);
    return { code: r.code, stdout: normalise(r.stdout, dir), stderr: normalise(r.stderr, dir) };
  });
  return { dir, outputs };
}

describe('the bundled CLI', () => {
  beforeAll(() => {
    // npm test builds first; alone, this test builds the Node side when a source changed.
    const res = spawnSync(process.execPath, ['scripts/build.mjs', '--if-changed', 'node'], {
      encoding: 'utf8',
    });
    expect(res.stderr).toBe('');
    expect(existsSync(BUNDLE)).toBe(true);
  }, 120_000);

  it('covers every command of the source', () => {
    const covered = new Set(SCENARIO.map(([name]) => name));
    expect(Object.keys(commands).filter((name) => !covered.has(name))).toEqual([]);
  });

  it('runs every command as the source does, to the same output', () => {
    const source = runScenario(fromSource);
    const bundle = runScenario(bundled);
    SCENARIO.forEach((args, i) => {
      expect({ args, ...bundle.outputs[i] }).toEqual({ args, ...source.outputs[i] });
    });
    // The scenario exercises real work, not only refusals.
    expect(source.outputs.filter((o) => o.code === 0).length).toBeGreaterThan(SCENARIO.length - 3);
    for (const file of ['t.xlsx', 't.docx', 'ex.qdpx', 'kopia.kvalkod', 'avid.kvalkod']) {
      expect(statSync(join(bundle.dir, file)).size).toBeGreaterThan(1000);
      expect(readFileSync(join(bundle.dir, file)).subarray(0, 2).toString()).toMatch(/PK|SQ/);
    }
  }, 300_000);
});
