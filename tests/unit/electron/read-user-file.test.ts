// Every file a user names is read by one safe reader: regular files only, the size limit before a
// byte is read, never a wait on a FIFO or a device. Each reader that takes a named file is tried
// with the same hostile paths (a FIFO with no writer, a symlink to /dev/urandom, /dev/zero, a
// folder); before the fix the FIFO hung the reader and /dev/urandom grew the process without end.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUserFile, UserFileError } from '../../../electron/files/read-user-file';
import { parseFile } from '../../../electron/import/parse-file';
import { readFileChecked } from '../../../electron/refi/import-project';
import { readSheet } from '../../../electron/sheets/read-sheet';
import { Project } from '../../../db/project';

const dir = mkdtempSync(join(tmpdir(), 'kvalkod-named-'));

function hostile(ext: string): [string, string, RegExp][] {
  const fifo = join(dir, `rör${ext}`);
  spawnSync('mkfifo', [fifo]);
  const random = join(dir, `slump${ext}`);
  symlinkSync('/dev/urandom', random);
  const zero = join(dir, `noll${ext}`);
  symlinkSync('/dev/zero', zero);
  const folder = join(dir, `mapp${ext}`);
  mkdirSync(folder);
  return [
    ['a FIFO without a writer', fifo, /not a regular file/],
    ['a symlink to /dev/urandom', random, /not a regular file/],
    ['a symlink to /dev/zero', zero, /not a regular file/],
    ['a folder', folder, /is a folder|not a regular file/],
  ];
}

/** Settles within a few seconds (a FIFO would otherwise never settle). */
const soon = <T>(p: Promise<T>) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('still waiting after 5 s')), 5000),
    ),
  ]);

describe('readUserFile', () => {
  it.each(hostile('.bin'))('refuses %s at once', async (_label, path, message) => {
    await expect(soon(readUserFile(path, 'x', { maxBytes: 1024 }))).rejects.toThrow(message);
  });

  it.each([
    ['a missing file', 'borta.txt', '', 'missing'],
    ['an empty file', 'tom.txt', '', 'empty'],
    ['a file over the limit (sparse, never read)', 'stor.txt', 'big', 'too_large'],
  ])('refuses %s with its reason', async (_label, name, content, reason) => {
    const path = join(dir, name);
    if (name !== 'borta.txt') writeFileSync(path, '');
    if (content === 'big') truncateSync(path, 2 * 1024 ** 3);
    const err = await readUserFile(path, name, { maxBytes: 1024 ** 3 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserFileError);
    expect(err).toMatchObject({ reason, file: name });
    expect((err as Error).message).toMatch(new RegExp(`^${name} cannot be read: `));
  });

  it('reads a regular file, also through a symlink', async () => {
    writeFileSync(join(dir, 'intervju.txt'), 'I: Hej');
    symlinkSync(join(dir, 'intervju.txt'), join(dir, 'länk.txt'));
    expect(
      (await readUserFile(join(dir, 'länk.txt'), 'länk.txt', { maxBytes: 10 })).toString(),
    ).toBe('I: Hej');
  });
});

describe('each reader of a named file uses it', () => {
  it.each(hostile('.txt'))('a transcript: %s', async (_label, path, message) => {
    await expect(soon(parseFile(path))).rejects.toThrow(message);
  });

  it.each(hostile('.csv'))('a sheet or questionnaire: %s', async (_label, path, message) => {
    await expect(soon(readSheet(path, 'enkät.csv'))).rejects.toThrow(message);
  });

  it.each(hostile('.qdpx'))('a REFI-QDA file: %s', async (_label, path, message) => {
    await expect(soon(readFileChecked(path, 'projekt.qdpx'))).rejects.toThrow(message);
  });

  it.each(hostile('.kvalkod'))('a project file: %s', (_label, path) => {
    expect(() => Project.open(path)).toThrow(/not a regular file|is a folder/);
  });
});
