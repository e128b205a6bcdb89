// Runs the real `kvalkod` CLI from its TypeScript source (tsx) in a child process; the bundle that
// `npm run kvalkod` and the `kvalkod` bin run is compared with it in cli-bundle.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function kvalkod(args: string[], cwd = process.cwd()): CliRun {
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

export const tempDir = () => mkdtempSync(join(tmpdir(), 'kvalkod-cli-'));
