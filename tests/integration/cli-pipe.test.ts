// `kvalkod docs P | head`: output to a pipe whose reader has gone ends quietly with exit 0 (no
// unhandled EPIPE), and every error the CLI gives is one readable line on stderr.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, NODE } from './built';
import { kvalkod, tempDir } from './cli-helper';

let dir: string;

/** `kvalkod <args> | <reader>` in bash: kvalkod's own exit code and what it wrote to stderr. */
function piped(args: string[], reader: string): { code: number; stderr: string } {
  const quoted = args.map((a) => `'${a}'`).join(' ');
  const res = spawnSync(
    'bash',
    [
      '-c',
      `"$0" "$1" ${quoted} 2>err.txt | ${reader} >/dev/null; echo "\${PIPESTATUS[0]}"`,
      NODE,
      CLI,
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, KVALKOD_CONFIG_DIR: join(dir, 'config') },
    },
  );
  const stderr = spawnSync('cat', ['err.txt'], { cwd: dir, encoding: 'utf8' }).stdout;
  return { code: Number(res.stdout.trim()), stderr };
}

beforeAll(() => {
  dir = tempDir();
  expect(kvalkod(['example', 'P.kvalkod'], dir).code).toBe(0);
}, 120_000);

describe('output to a closed pipe', () => {
  it.each([
    ['docs | true', ['docs', 'P.kvalkod'], 'true'],
    ['docs | head -1', ['docs', 'P.kvalkod'], 'head -1'],
    ['segments --json | head -c 10', ['segments', 'P.kvalkod', '--json'], 'head -c 10'],
    ['text | head -c 10', ['text', 'P.kvalkod', '1'], 'head -c 10'],
  ])('%s ends quietly with exit 0', (_label, args, reader) => {
    const run = piped(args, reader);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('every CLI error is one readable line', () => {
  it.each([
    ['a missing project', ['docs', 'Saknas.kvalkod'], /Saknas\.kvalkod/],
    ['a folder as the project', ['docs', '.'], /folder|directory/i],
    ['a file that is not a project', ['docs', 'anteckning.txt'], /anteckning\.txt/],
    ['an unknown command', ['gör'], /unknown command "gör"/],
    ['an unknown option', ['docs', 'P.kvalkod', '--färg'], /--färg/],
    ['a missing document', ['text', 'P.kvalkod', '999'], /999/],
    ['a transcript that is a folder', ['import', 'P.kvalkod', 'mapp/'], /mapp/],
  ])('%s', (_label, args, message) => {
    writeFileSync(join(dir, 'anteckning.txt'), 'inte ett projekt');
    mkdirSync(join(dir, 'mapp'), { recursive: true });
    const run = kvalkod(args, dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/^kvalkod: /);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at |unexpected error/);
  });

  it('a FIFO named as the project is refused at once, not waited on', () => {
    const fifo = join(dir, 'rör.kvalkod');
    spawnSync('mkfifo', [fifo]);
    const res = spawnSync(NODE, [CLI, 'docs', fifo], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
      env: { ...process.env, KVALKOD_CONFIG_DIR: join(dir, 'config') },
    });
    expect(res.status).toBe(1);
    expect(res.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/rör\.kvalkod.*not a regular file/);
  });
});
