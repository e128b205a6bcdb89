// Round trips at the edges of what Kvalkod stores: attributes that hold several numbers or dates,
// numbers JavaScript writes with an exponent, a text that begins with U+FEFF, and dates from
// another tool that are not xsd:dateTime. Each export must stay valid and each value come back.
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../db/project';
import { exportProject } from '../../../electron/refi/export';
import { checkValue } from '../../../shared/attributes/values';
import { codingProject } from '../db/coding-fixture';
import { makeZip } from '../import/zip-helper';
import { expectValid, importQdpx, snapshot, unzip } from './refi-fixture';

const opened: Project[] = [];
const fixtures: { close: () => Promise<unknown> }[] = [];
afterEach(async () => {
  opened.splice(0).forEach((p) => p.close());
  for (const f of fixtures.splice(0)) await f.close();
});

async function roundTrip(project: Project) {
  const { bytes, report } = await exportProject(project);
  const files = await unzip(bytes);
  expectValid(files.get('project.qde') ?? '', 'Project.xsd');
  const back = await importQdpx(bytes);
  opened.push(back.project);
  return { files, report, back };
}

describe('REFI-QDA fidelity at the edges', () => {
  it('keeps every value of an attribute with several numbers or dates, and that it takes several', async () => {
    const f = await codingProject([{ name: 'Intervju', lines: ['IP1: Hej.'] }]);
    fixtures.push(f);
    const p = f.project();
    const counts = p.attributes.create({ name: 'Antal', type: 'number', multiple: true });
    const days = p.attributes.create({ name: 'Dagar', type: 'date', multiple: true });
    const byId = (id: number) => {
      const found = p.attributes.list().find((a) => a.id === id);
      if (!found) throw new Error(`no attribute ${id}`);
      return found;
    };
    p.attributes.setValues(f.docId(0), byId(counts), ['3', '5.5']);
    p.attributes.setValues(f.docId(0), byId(days), ['2018-03-14', '2018-03-15']);
    const before = snapshot(p);
    const { back } = await roundTrip(p);
    const after = snapshot(back.project);
    expect(after.documents).toEqual(before.documents);
    expect(after.attributes).toEqual(before.attributes);
    expect(back.report.warnings).toEqual([]);
  });

  it('writes numbers as xsd:decimal, never with an exponent', async () => {
    const f = await codingProject([
      { name: 'Liten', lines: ['IP1: Hej.'] },
      { name: 'Stor', lines: ['IP1: Hej då.'] },
    ]);
    fixtures.push(f);
    const p = f.project();
    const share = p.attributes.list().find((a) => a.name === 'Längd');
    if (!share) throw new Error('no attribute Längd');
    // What Kvalkod stores for these (checkValue keeps JavaScript's own number text).
    const tiny = checkValue(share, '0.0000001');
    const huge = checkValue(share, '123000000000000000000000');
    expect(tiny).toEqual({ ok: true, value: '1e-7' });
    p.attributes.setValues(f.docId(0), share, [tiny.ok ? tiny.value : '']);
    p.attributes.setValues(f.docId(1), share, [huge.ok ? huge.value : '']);
    const { files, back } = await roundTrip(p);
    expect(back.report.warnings).toEqual([]);
    const qde = files.get('project.qde')?.toString() ?? '';
    expect(qde).toContain('<FloatValue>0.0000001</FloatValue>');
    expect(qde).toContain('<FloatValue>123000000000000000000000</FloatValue>');
    expect(snapshot(back.project).documents.map((d) => d.attributes)).toEqual(
      snapshot(p).documents.map((d) => d.attributes),
    );
  });

  it('keeps passages in a text that begins with U+FEFF (a character, not a byte order mark)', async () => {
    const f = await codingProject([
      { name: 'Dubbel BOM', lines: ['\uFEFFIP1: Lokalerna är trånga.'] },
    ]);
    fixtures.push(f);
    const range = f.find(0, 'Lokalerna');
    await f.call('segments.create', {
      documentId: f.docId(0),
      start: range.start,
      end: range.end,
      codeIds: [f.code(13).id],
    });
    const before = snapshot(f.project());
    const { back } = await roundTrip(f.project());
    const after = snapshot(back.project);
    expect(after.documents).toEqual(before.documents);
    expect(after.segments).toEqual(before.segments);
  });

  it('gives back random passages in random texts with emoji, marks and Hangul, to the character', async () => {
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['Lön', ' ', 'är ', 'q\u0301', '😀', '👩‍👧', '🇸🇪', '한', '\n', 'IP1: ', '&<>"'];
    const docs = Array.from({ length: 6 }, (_, i) => ({
      name: `Slump ${i}`,
      lines: [Array.from({ length: 30 + rnd(30) }, () => pieces[rnd(pieces.length)]).join('')],
    }));
    const f = await codingProject(docs);
    fixtures.push(f);
    for (let k = 0; k < 40; k++) {
      const d = rnd(docs.length);
      const text = f.text(d);
      const start = rnd(text.length);
      const end = start + 1 + rnd(text.length - start);
      // Kvalkod never splits a character written with two UTF-16 units.
      const splits = (i: number) => /[\uDC00-\uDFFF]/.test(text[i] ?? '');
      if (splits(start) || splits(end)) continue;
      await f.call('segments.create', {
        documentId: f.docId(d),
        start,
        end,
        codeIds: [f.code(1 + rnd(13)).id],
      });
    }
    const before = snapshot(f.project());
    expect(before.segments.length).toBeGreaterThan(20);
    const { back } = await roundTrip(f.project());
    expect(back.report.warnings).toEqual([]);
    const after = snapshot(back.project);
    expect(after.documents).toEqual(before.documents);
    expect(after.segments).toEqual(before.segments);
  });

  it('exports dates valid as xsd:dateTime whatever an imported file wrote', async () => {
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Datum" creationDateTime="2018-03-27T19:29">
  <CodeBook><Codes>
    <Code guid="D7AA29DA-519B-4946-9B90-253B6DB8FD0A" name="Kod" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="AAAAAAAA-0000-4000-8000-000000000001" name="T" creationDateTime="2018-03-27T19:29:27.5+0100">
      <PlainTextContent>Hej du glade.</PlainTextContent>
      <PlainTextSelection guid="BBBBBBBB-0000-4000-8000-000000000001" startPosition="0" endPosition="3"
          creationDateTime="2018-03-27T7:04:19Z" modifiedDateTime="2018-03-27T19:04:19 CET">
        <Coding guid="CCCCCCCC-0000-4000-8000-000000000001" creationDateTime="2018-03-27T19:04">
          <CodeRef targetGUID="D7AA29DA-519B-4946-9B90-253B6DB8FD0A"/>
        </Coding>
      </PlainTextSelection>
    </TextSource>
  </Sources>
  <Notes>
    <Note guid="DDDDDDDD-0000-4000-8000-000000000001" name="N" creationDateTime="2018-13-45T25:00:00Z">
      <PlainTextContent>En anteckning.</PlainTextContent>
    </Note>
  </Notes>
</Project>`;
    const first = await importQdpx(makeZip([{ name: 'project.qde', data: qde }]));
    opened.push(first.project);
    expect(first.report).toMatchObject({ documents: 1, segments: 1, notes: 1 });
    await roundTrip(first.project);
  });
});
