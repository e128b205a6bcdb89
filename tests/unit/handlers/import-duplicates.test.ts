// Issue 11, item 2: before importing, the window learns which chosen files hold a text already in
// the project (the parsed text's SHA-256 against the documents'), naming the documents each matches.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codingProject, DOCS } from '../db/coding-fixture';

describe('import.duplicates', () => {
  it('names the chosen files whose text is in the project, with the documents they match', async () => {
    const f = await codingProject();
    const dir = mkdtempSync(join(tmpdir(), 'kvalkod-dup-'));
    const copy = join(dir, 'Kopia av intervjun.txt');
    writeFileSync(copy, (DOCS[0]?.lines ?? []).join('\r\n'), 'utf8');
    const fresh = join(dir, 'Ny intervju.txt');
    writeFileSync(fresh, 'Intervjuare: Något nytt?\nIP1: Ja, helt nytt.\n', 'utf8');
    const broken = join(dir, 'trasig.docx');
    writeFileSync(broken, 'PK\u0003\u0004 inte en riktig fil');

    await f.call('import.preview', { source: { path: copy }, speakers: { kind: 'auto' } });
    const found = await f.call('import.duplicates', {
      sources: [{ path: copy }, { path: fresh }, { path: broken }],
    });
    expect(found).toEqual([
      {
        file: 'Kopia av intervjun.txt',
        documents: [{ id: f.docId(0), name: DOCS[0]?.name }],
        files: [],
      },
    ]);

    // Imported as a new document, the copy matches both.
    const { jobId } = await f.call('import.start', {
      sources: [{ path: copy }],
      settings: {
        speakers: { kind: 'auto' },
        attributes: {},
        filenamePattern: null,
        duplicates: 'import',
      },
    });
    for (;;) {
      const state = await f.call('jobs.status', { jobId });
      if (state.status === 'done') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    // Two chosen files with one text: the second is asked about, naming the first.
    const twin = join(dir, 'Ny intervju igen.txt');
    writeFileSync(twin, 'Intervjuare: Något nytt?\r\nIP1: Ja, helt nytt.\r\n', 'utf8');
    const again = await f.call('import.duplicates', {
      sources: [{ path: copy }, { path: fresh }, { path: twin }],
    });
    expect(again).toHaveLength(2);
    expect(again[0]?.documents.map((x) => x.name)).toEqual([DOCS[0]?.name, 'Kopia av intervjun']);
    expect(again[1]).toEqual({
      file: 'Ny intervju igen.txt',
      documents: [],
      files: ['Ny intervju.txt'],
    });
    await f.close();
  });
});
