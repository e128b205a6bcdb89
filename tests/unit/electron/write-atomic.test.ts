import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
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
});
