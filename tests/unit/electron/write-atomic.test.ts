import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeOutput } from '../../../electron/files/write-atomic';

const tmp = () => mkdtempSync(join(tmpdir(), 'kvalkod-atomic-'));

describe('writing a whole file or nothing', () => {
  it('replaces a file, keeps its permissions, and leaves no temporary file', () => {
    const dir = tmp();
    const path = join(dir, 'Tabell.csv');
    writeFileSync(path, 'gammal');
    chmodSync(path, 0o640);
    writeFileAtomic(path, Buffer.from('ny'));
    expect(readFileSync(path, 'utf8')).toBe('ny');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['Tabell.csv']);
  });

  it('a new file gets the mode asked for', () => {
    const path = join(tmp(), 'nyckel.csv');
    writeFileAtomic(path, Buffer.from('x'), { mode: 0o600 });
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('a folder that is not there is one readable error', () => {
    const path = join(tmp(), 'saknas', 'ut.csv');
    expect(() => writeOutput(path, Buffer.from('x'))).toThrow(
      expect.objectContaining({
        code: 'cannot_write',
        message: expect.stringContaining('the folder does not exist') as string,
      }) as Error,
    );
  });

  it('a folder named as the file is refused in words, and left as it was', () => {
    const path = join(tmp(), 'ut.csv');
    mkdirSync(path);
    expect(() => writeOutput(path, Buffer.from('x'))).toThrow(
      expect.objectContaining({
        code: 'not_a_file',
        message: expect.stringContaining('is a folder') as string,
      }) as Error,
    );
    expect(statSync(path).isDirectory()).toBe(true);
  });

  it('a symlink keeps pointing where it did; the file it points at gets the bytes', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'riktig.csv'), 'gammal');
    symlinkSync(join(dir, 'riktig.csv'), join(dir, 'länk.csv'));
    writeOutput(join(dir, 'länk.csv'), Buffer.from('ny'));
    expect(lstatSync(join(dir, 'länk.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'riktig.csv'), 'utf8')).toBe('ny');
    expect(readdirSync(dir).sort()).toEqual(['länk.csv', 'riktig.csv']);
  });

  it('a pipe (as /dev/stdout is) takes the bytes as they come and stays a pipe', async () => {
    const fifo = join(tmp(), 'rör');
    spawnSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (c: Buffer) => (read += c.toString()));
    const done = new Promise((resolve) => reader.once('exit', resolve));
    writeOutput(fifo, Buffer.from('tabell'));
    await done;
    expect(read).toBe('tabell');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });
});
