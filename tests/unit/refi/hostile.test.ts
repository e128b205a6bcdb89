// Hostile and broken .qdpx/.qdc files are refused with a message naming the file, and nothing is
// written: a zip bomb, an entity expansion attack, too many entries, not a zip, no project.qde,
// broken XML; a .qdc merge is one undoable step that matches codes instead of duplicating them.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Project } from '../../../db/project';
import { exportCodebook } from '../../../electron/refi/export';
import { importCodebook } from '../../../electron/refi/import-codebook';
import { readFileChecked, readQdpxFile } from '../../../electron/refi/import-project';
import { readQdpx } from '../../../electron/refi/zip-read';
import { makeZip, repeatedDeflate } from '../import/zip-helper';
import { richProject } from './refi-fixture';
import { englishText } from '../../../shared/messages';

const QDE = readFileSync(join(process.cwd(), 'tests/fixtures/refi/quirks.qde'));
const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE Project [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol2;"><Description>&lol2;</Description></Project>`;

describe('hostile .qdpx files', () => {
  it('stops a zip bomb while it inflates, whatever its headers declare', async () => {
    const bomb = repeatedDeflate(Buffer.alloc(1024 * 1024, 0x61), 200);
    const zip = makeZip([
      { name: 'project.qde', data: QDE },
      { name: 'sources/bomb.txt', raw: bomb, declaredSize: 10 },
    ]);
    await expect(
      readQdpx(zip, 'bomb.qdpx', {
        maxEntries: 100,
        maxEntryBytes: 64 * 1024 * 1024,
        maxTotalBytes: 1e9,
      }),
    ).rejects.toThrow(/bomb\.qdpx cannot be read: .*zip bomb/);
  });

  it('refuses an entity expansion attack without expanding anything', async () => {
    const zip = makeZip([{ name: 'project.qde', data: BILLION_LAUGHS }]);
    await expect(readQdpxFile(zip, 'laughs.qdpx')).rejects.toThrow(
      /laughs\.qdpx cannot be read: it declares a document type \(DOCTYPE\)/,
    );
  });

  it.each([
    ['not a zip', Buffer.from('hello, not a zip'), /not a \.qdpx \(zip\) file/, 'not_zip'],
    [
      'no project.qde',
      makeZip([{ name: 'sources/a.txt', data: 'x' }]),
      /holds no project\.qde/,
      'no_qde',
    ],
    [
      'broken XML',
      makeZip([{ name: 'project.qde', data: '<Project name="x"><Sources></Project>' }]),
      /XML is not well-formed/,
      'not_xml',
    ],
    [
      'another root',
      makeZip([{ name: 'project.qde', data: '<CodeBook><Codes/></CodeBook>' }]),
      /not a REFI-QDA project/,
      'not_refi_project',
    ],
  ])('refuses %s with a message naming the file', async (_what, bytes, message, reason) => {
    await expect(readQdpxFile(bytes, 'bad.qdpx')).rejects.toThrow(message);
    await expect(readQdpxFile(bytes, 'bad.qdpx')).rejects.toThrow(/^bad\.qdpx cannot be read/);
    // The window words it from the code and the reason, in its language.
    await expect(readQdpxFile(bytes, 'bad.qdpx')).rejects.toMatchObject({
      code: 'refi_unreadable',
      params: { file: 'bad.qdpx', reason },
    });
  });

  it('refuses a file over 1 GB before reading it into memory', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kvalkod-big-')), 'stor.qdpx');
    // Sparse: 1.5 GB on paper, nothing on disk; reading it would take 1.5 GB of memory.
    truncateSync((writeFileSync(file, ''), file), 1.5 * 1024 ** 3);
    const started = performance.now();
    await expect(readFileChecked(file, 'stor.qdpx')).rejects.toThrow(
      /^stor\.qdpx cannot be read: it is larger than 1 GB\.$/,
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses an archive with more entries than the limit', async () => {
    const zip = makeZip(
      Array.from({ length: 30 }, (_, i) => ({ name: `sources/${i}.txt`, data: 'x' })),
    );
    await expect(
      readQdpx(zip, 'many.qdpx', { maxEntries: 20, maxEntryBytes: 1e6, maxTotalBytes: 1e6 }),
    ).rejects.toThrow(/holds 30 files \(at most 20\)/);
  });
});

describe('.qdc codebook import', () => {
  let cleanup: (() => unknown) | null = null;
  afterEach(async () => {
    await cleanup?.();
  });

  it('merges into the open project: same names and numbers matched, new codes added, one undo step', async () => {
    const f = await richProject();
    cleanup = f.close;
    const before = f.project().codes.list().length;
    // Its own codebook comes back: everything matches, nothing is added.
    const same = importCodebook(f.project(), exportCodebook(f.project()).bytes, 'egen.qdc');
    expect(same.codes).toBe(0);
    expect(f.project().codes.list()).toHaveLength(before);
    expect(same.warnings.map(englishText).at(-1)).toMatch(/already in the codebook/);

    const qdc = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">
  <Codes>
    <Code guid="{0983E32E-6866-431A-BD94-DAC9BB963825}" name="Områden" isCodable="false">
      <Code guid="D299EFAE-5779-46DC-9827-A3D1A5D544BC" name="13. Lokaler (annat namn)" isCodable="true"/>
      <Code guid="7496BA52-9C8D-4396-8FAB-CC438614E453" name="Ny kod &amp; mer" isCodable="true" color="#123456">
        <Description>Ny &lt;beskrivning&gt;</Description>
      </Code>
    </Code>
  </Codes>
  <Sets><Set guid="0983E32E-6866-431A-BD94-DAC9BB963826" name="Favoriter"/></Sets>
</CodeBook>`;
    const report = importCodebook(f.project(), Buffer.from(qdc), 'nvivo.qdc');
    expect(report.codes).toBe(1);
    expect(report.warnings.map(englishText)).toContain(
      'A set ("Favoriter") was not imported: Kvalkod does not keep sets.',
    );
    const added = f
      .project()
      .codes.list()
      .find((c) => c.name === 'Ny kod & mer');
    expect(added).toMatchObject({
      color: '#123456',
      description: 'Ny <beskrivning>',
      codable: true,
    });
    expect(
      f
        .project()
        .codes.list()
        .find((c) => c.id === added?.parentId)?.name,
    ).toBe('Områden');
    expect(
      f
        .project()
        .codes.list()
        .filter((c) => c.number === 13),
    ).toHaveLength(1);
    await f.call('history.undo', {});
    expect(f.project().codes.list()).toHaveLength(before);
  });

  it('refuses a .qdc with a DOCTYPE and changes nothing', () => {
    const project = Project.create(join(mkdtempSync(join(tmpdir(), 'kvalkod-qdc-')), 'p.kvalkod'));
    cleanup = () => project.close();
    const before = project.codes.list().length;
    expect(() =>
      importCodebook(project, Buffer.from(BILLION_LAUGHS.replace(/Project/g, 'CodeBook')), 'x.qdc'),
    ).toThrow(/x\.qdc cannot be read: it declares a document type/);
    expect(project.codes.list()).toHaveLength(before);
  });
});
