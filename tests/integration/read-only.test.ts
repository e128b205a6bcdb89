// A project that may not be written opens for reading: nothing is written, no -wal or -shm is left
// beside it (they would lock its owner out), and a change is refused in one readable line. As root
// (these build machines) permissions do not bind, so the CLI then runs as the user "nobody".
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID } from '../../db/connection';
import { latestSchemaVersion, loadMigrations, migrate } from '../../db/migrations';
import { createAppRegistry } from '../../electron/handlers';
import { createContext, noRecentStore } from '../../electron/handlers/create-context';
import { CLI, NODE } from './built';
import type { CliRun } from './cli-helper';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** The CLI as a user without write permission on the project (nobody, when the tests run as root). */
function kvalkodOther(args: string[]): CliRun {
  const res = spawnSync(NODE, [CLI, ...args], {
    cwd: tmpdir(),
    encoding: 'utf8',
    env: {
      ...process.env,
      HOME: tmpdir(),
      KVALKOD_CONFIG_DIR: join(tmpdir(), 'kvalkod-ro-config'),
    },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) chmodSync(d, 0o755);
  dirs = [];
});

/** The example project with one coded passage, in a folder of its own. */
async function project(): Promise<{ dir: string; path: string; doc: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'kvalkod-ro-'));
  chmodSync(dir, 0o755);
  const path = join(dir, 'Studie.kvalkod');
  const ctx = createContext('cli', { recent: noRecentStore });
  const registry = createAppRegistry();
  await registry.call('example.create', { path }, ctx);
  const doc = (await registry.call('documents.list', {}, ctx))[0]?.id ?? 0;
  const code = (await registry.call('codes.list', {}, ctx)).find((c) => c.number === 3)?.id ?? 0;
  await registry.call(
    'segments.create',
    { documentId: doc, start: 0, end: 10, codeIds: [code] },
    ctx,
  );
  await registry.call('project.close', {}, ctx);
  dirs.push(dir);
  return { dir, path, doc };
}

describe.each([
  ['a read-only file in a folder anyone may write to', 0o444, 0o777],
  ['a file in a read-only folder', 0o644, 0o555],
])('%s', (_label, fileMode, dirMode) => {
  it('opens for reading, leaves nothing beside it, and refuses a change in one line', async () => {
    const { dir, path, doc } = await project();
    chmodSync(path, fileMode);
    chmodSync(dir, dirMode);
    const before = sha(path);

    const info = kvalkodOther(['info', path, '--json']);
    expect(info.stderr).toBe('');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ readOnly: true, counts: { segments: 1 } });
    expect(kvalkodOther(['info', path]).stdout).toMatch(/Read-only: +yes/);
    const segments = kvalkodOther(['segments', path, '--json']);
    expect(JSON.parse(segments.stdout)).toHaveLength(1);

    const change = kvalkodOther([
      'code',
      path,
      '--doc',
      String(doc),
      '--start',
      '20',
      '--end',
      '30',
      '--code',
      '3',
    ]);
    expect(change.code).toBe(1);
    expect(change.stderr).toMatch(/^kvalkod: .*read-only, so this change was not saved/);
    expect(change.stderr.trim().split('\n')).toHaveLength(1);

    expect(readdirSync(dir)).toEqual(['Studie.kvalkod']);
    expect(sha(path)).toBe(before);
  });
});

describe('a read-only project from an older Kvalkod', () => {
  it('is upgraded in memory only: shown in this version, the file and its folder untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalkod-ro-'));
    dirs.push(dir);
    const path = join(dir, 'Gammal.kvalkod');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, loadMigrations().slice(0, -1));
    db.close();
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    const before = sha(path);

    const info = kvalkodOther(['info', path, '--json']);
    expect(info.stderr).toBe('');
    expect(JSON.parse(info.stdout)).toMatchObject({
      readOnly: true,
      schemaVersion: latestSchemaVersion(),
    });
    expect(readdirSync(dir)).toEqual(['Gammal.kvalkod']);
    expect(sha(path)).toBe(before);
  });
});
