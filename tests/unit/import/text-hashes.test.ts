// The duplicate check reuses the preview's parse: a file whose hash is known (same size and time)
// is not parsed again; a file changed since is; an unreadable one has no hash.
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../electron/import/parse-file';
import { hashText, rememberTextHash, textHashes } from '../../../electron/import/text-hashes';

describe('textHashes', () => {
  it('parses only the files whose text it does not know yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalkod-hashes-'));
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    const bad = join(dir, 'bad.docx');
    writeFileSync(a, 'IP1: Ett.\n');
    writeFileSync(b, 'IP1: Två.\n');
    writeFileSync(bad, 'PK\u0003\u0004 trasig');
    const parsed: string[] = [];
    const parse = (path: string) => {
      parsed.push(path);
      return parseFile(path);
    };
    // The preview read a.txt.
    rememberTextHash(a, (await parseFile(a)).text);
    const files = [a, b, bad].map((path) => ({ path, name: path }));
    const first = await textHashes(files, parse);
    expect(parsed).toEqual([b, bad]);
    expect(first[0]).toBe(hashText((await parseFile(a)).text));
    expect(first[1]).toBe(hashText((await parseFile(b)).text));
    expect(first[2]).toBeNull();

    // Known now; a.txt changed on disk is read again.
    parsed.length = 0;
    writeFileSync(a, 'IP1: Ett, ändrat.\n');
    utimesSync(a, new Date(), new Date(Date.now() + 5000));
    const second = await textHashes(files.slice(0, 2), parse);
    expect(parsed).toEqual([a]);
    expect(second[0]).toBe(hashText((await parseFile(a)).text));
    expect(second[1]).toBe(first[1]);
  });
});
