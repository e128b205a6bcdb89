// Runs the real `kvalkod` CLI, as built (tests/integration/built.ts), in a child process; the
// TypeScript source it is built from is compared with it in cli-bundle.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, NODE } from './built';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function kvalkod(args: string[], cwd = process.cwd()): CliRun {
  const res = spawnSync(NODE, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, KVALKOD_CONFIG_DIR: join(tmpdir(), 'kvalkod-cli-config') },
  });
  return { code: res.status ?? -1, stdout: res.stdout, stderr: res.stderr };
}

export const tempDir = () => mkdtempSync(join(tmpdir(), 'kvalkod-cli-'));
