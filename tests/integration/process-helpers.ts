// Real processes against one project file: the browser host (as `npm run web` starts it, built),
// asynchronous CLI runs, and a plain SQLite connection that holds the write lock
// for a while (what another program's long write looks like to Kvalkod).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { CLI, HOST, NODE } from './built';
import type { CliRun } from './cli-helper';

const env = () => ({ ...process.env, KVALKOD_CONFIG_DIR: join(tmpdir(), 'kvalkod-cli-config') });

export interface HostProcess {
  call<T = unknown>(method: string, input: unknown): Promise<HostResult<T>>;
  stop(): Promise<void>;
}
export type HostResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { code: string; message: string; params?: Record<string, unknown> } };

/** Starts the browser host in its own process and waits for its address. */
export function startHost(): Promise<HostProcess> {
  const child = spawn(NODE, [HOST, '--web'], {
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const failed = () => reject(new Error(`the host did not start: ${out}`));
    child.once('exit', failed);
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)/.exec(out);
      if (!m) return;
      child.off('exit', failed);
      const [, port, token] = m;
      resolve({
        async call(method, input) {
          const res = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify(input),
          });
          return (await res.json()) as never;
        },
        stop: () => stopChild(child),
      });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** One `kvalkod` run in a child process, without blocking the test's event loop. */
export function kvalkodAsync(args: string[], cwd = process.cwd()): Promise<CliRun> {
  const child = spawn(NODE, [CLI, ...args], {
    cwd,
    env: env(),
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })),
  );
}

/**
 * Another program writing: takes the project's write lock (BEGIN IMMEDIATE), holds it for `ms`,
 * then commits. Resolves `locked` once the lock is held and `done` when the process has ended.
 */
export function holdWriteLock(path: string, ms: number) {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("INSERT OR REPLACE INTO project_meta (key, value) VALUES ('lock-test', ?)").run(String(Date.now()));
    process.stdout.write('locked\\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('COMMIT');
    db.close();`;
  const child = spawn(process.execPath, ['-e', script, path, String(ms)], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => resolve());
    child.once('exit', () => reject(new Error('the lock holder ended before it held the lock')));
  });
  return { locked, done };
}
