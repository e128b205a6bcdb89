// Import of what other tools write beside the standard's own examples: `internal:///` paths,
// a .qdpx whose files sit in one folder, selection names that are the coded text cut short
// without "…", Sets/Links/Graphs Kvalkod does not keep, a styled source without its plain text,
// prefixed namespaces, deep code trees, inline texts, missing optional attributes.
import { englishText } from '../../../shared/messages';
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../db/project';
import { codePointLength } from '../../../shared/refi/offsets';
import { makeZip, type ZipEntry } from '../import/zip-helper';
import { importQdpx, snapshot } from './refi-fixture';

const TEXT = 'Intervjuare: Hur är arbetsbelastningen?\nIP1: Den är hög, vi hinner inte med allt.';
const CODE = 'd7aa29da-519b-4946-9b90-253b6db8fd0a';
const SOURCE = 'aaaaaaaa-0000-4000-8000-000000000001';

/** A project.qde with one code and `sources`; `after` goes after <Sources>. */
function qde(sources: string, after = '') {
  return `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Annat verktyg">
  <CodeBook><Codes><Code guid="${CODE}" name="Arbetsbelastning" isCodable="true"/></Codes></CodeBook>
  <Sources>${sources}</Sources>${after}
</Project>`;
}

/** A TextSource coded once, from `start` to `end` (code points), with `attrs` on the source. */
function source(attrs: string, start: number, end: number, name?: string) {
  const label = name === undefined ? '' : ` name="${name}"`;
  return `<TextSource guid="${SOURCE}" name="Intervju" ${attrs}>
    <PlainTextSelection guid="bbbbbbbb-0000-4000-8000-000000000001"${label} startPosition="${start}" endPosition="${end}">
      <Coding guid="cccccccc-0000-4000-8000-000000000001"><CodeRef targetGUID="${CODE}"/></Coding>
    </PlainTextSelection>
  </TextSource>`;
}

const opened: Project[] = [];
afterEach(() => opened.splice(0).forEach((p) => p.close()));

async function load(entries: ZipEntry[]) {
  const { project, report } = await importQdpx(makeZip(entries));
  opened.push(project);
  return { report, snap: snapshot(project), warnings: report.warnings.map(englishText).join('\n') };
}

const at = (needle: string) => ({
  start: TEXT.indexOf(needle),
  end: TEXT.indexOf(needle) + needle.length,
});

describe('import of what other tools write', () => {
  it('reads internal:/// paths (three slashes, as the standard writes relative:///)', async () => {
    const { start, end } = at('Den är hög');
    const { snap, report } = await load([
      {
        name: 'project.qde',
        data: qde(source(`plainTextPath="internal:///${SOURCE}.txt"`, start, end)),
      },
      { name: `sources/${SOURCE}.txt`, data: TEXT },
    ]);
    expect(report.warnings).toEqual([]);
    expect(snap.segments.map((s) => s.text)).toEqual(['Den är hög']);
  });

  it('reads a .qdpx whose project.qde and sources sit in one folder', async () => {
    const { start, end } = at('Den är hög');
    const { snap, report } = await load([
      {
        name: 'Export/project.qde',
        data: qde(source(`plainTextPath="internal://${SOURCE}.txt"`, start, end)),
      },
      { name: `Export/sources/${SOURCE}.txt`, data: TEXT },
    ]);
    expect(report.warnings).toEqual([]);
    expect(snap.documents.map((d) => d.text)).toEqual([TEXT]);
    expect(snap.segments.map((s) => s.text)).toEqual(['Den är hög']);
  });

  it('stores a passage whose name is its text cut short without "…"', async () => {
    const passage = 'Den är hög, vi hinner inte med allt.';
    const { start, end } = at(passage);
    const { snap, report } = await load([
      {
        name: 'project.qde',
        data: qde(
          source(`plainTextPath="internal://${SOURCE}.txt"`, start, end, 'Den är hög, vi hinner'),
        ),
      },
      { name: `sources/${SOURCE}.txt`, data: TEXT },
    ]);
    expect(report.warnings).toEqual([]);
    expect(snap.segments.map((s) => s.text)).toEqual([passage]);
  });

  it('reports Sets, Links and Graphs, which Kvalkod does not keep', async () => {
    const { warnings, report } = await load([
      {
        name: 'project.qde',
        data: qde(
          `<TextSource guid="${SOURCE}" name="Intervju"><PlainTextContent>${TEXT}</PlainTextContent></TextSource>`,
          `<Links><Link guid="eeeeeeee-0000-4000-8000-000000000001" name="L"/></Links>
  <Sets><Set guid="eeeeeeee-0000-4000-8000-000000000002" name="Chefer"><MemberSource targetGUID="${SOURCE}"/></Set>
    <Set guid="eeeeeeee-0000-4000-8000-000000000003" name="Medarbetare"/></Sets>
  <Graphs><Graph guid="eeeeeeee-0000-4000-8000-000000000004" name="Karta"/></Graphs>`,
        ),
      },
    ]);
    expect(report.documents).toBe(1);
    expect(warnings).toMatch(/2 sets \("Chefer", "Medarbetare"\) were not imported/);
    expect(warnings).toMatch(/A link \("L"\) was not imported/);
    expect(warnings).toMatch(/A graph \("Karta"\) was not imported/);
  });

  it('reports a source whose text lies outside the .qdpx (relative:// to basePath)', async () => {
    const { warnings, report } = await load([
      {
        name: 'project.qde',
        data: qde(source('plainTextPath="relative:///AR/Intervju.txt"', 0, 3)),
      },
    ]);
    expect(report.documents).toBe(0);
    expect(warnings).toMatch(
      /"Intervju" was skipped: its text is not inside the \.qdpx \(relative:\/\/\/AR\/Intervju\.txt\)/,
    );
  });

  it('names the styled (.docx) file of a source that comes without its plain text', async () => {
    const { warnings, report } = await load([
      {
        name: 'project.qde',
        data: qde(
          `<TextSource guid="${SOURCE}" name="Intervju" richTextPath="internal://${SOURCE}.docx"/>`,
        ),
      },
      { name: `sources/${SOURCE}.docx`, data: 'PK...' },
    ]);
    expect(report.documents).toBe(0);
    expect(warnings).toMatch(
      /"Intervju" was skipped: the file holds only its styled text \(internal:\/\/aaaaaaaa-0000-4000-8000-000000000001\.docx\), not the plain text/,
    );
  });

  it('reads prefixed namespaces, deep code trees, inline texts and missing optional attributes', async () => {
    const deep = (level: number): string =>
      level > 6
        ? ''
        : `<q:Code guid="0000000${level}-0000-4000-8000-000000000000" name="Nivå ${level}" isCodable="${level === 6 ? 'true' : 'False'}">${deep(level + 1)}</q:Code>`;
    const start = codePointLength(TEXT.slice(0, TEXT.indexOf('Den')));
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<q:Project xmlns:q="urn:QDA-XML:project:1.0" name="P">
  <q:CodeBook><q:Codes>${deep(1)}</q:Codes></q:CodeBook>
  <q:Sources><q:TextSource guid="${SOURCE}">
    <q:PlainTextContent>${TEXT.replace(/\n/g, '\r\n')}</q:PlainTextContent>
    <q:PlainTextSelection guid="bbbbbbbb-0000-4000-8000-000000000001" name="Den är hög,&#10;vi" startPosition="${start}" endPosition="${start + 14}">
      <q:Coding guid="cccccccc-0000-4000-8000-000000000001"><q:CodeRef targetGUID="00000006-0000-4000-8000-000000000000"/></q:Coding>
    </q:PlainTextSelection>
  </q:TextSource></q:Sources>
</q:Project>`;
    const { snap, report } = await load([{ name: 'project.qde', data: xml }]);
    expect(report.warnings).toEqual([]);
    expect(snap.codes.map((c) => [c.name, c.parent, c.codable, c.color])).toEqual([
      ['Nivå 1', null, false, '#888888'],
      ['Nivå 2', 'Nivå 1', false, '#888888'],
      ['Nivå 3', 'Nivå 2', false, '#888888'],
      ['Nivå 4', 'Nivå 3', false, '#888888'],
      ['Nivå 5', 'Nivå 4', false, '#888888'],
      ['Nivå 6', 'Nivå 5', true, '#888888'],
    ]);
    // An XML parser reads the raw CR LF inside the element as LF (XML 1.0, 2.11): it does not count.
    expect(snap.segments).toEqual([
      expect.objectContaining({
        document: 'Text',
        text: 'Den är hög, vi',
        codes: ['Nivå 6'],
        coder: null,
      }),
    ]);
  });

  it('keeps text values of variables named like Kvalkod’s own attributes (Datum, Längd)', async () => {
    const variables = `<Variables>
    <Variable guid="11111111-2222-4333-8444-555555555551" name="Datum" typeOfVariable="Text"/>
    <Variable guid="11111111-2222-4333-8444-555555555552" name="Längd" typeOfVariable="Text"/>
  </Variables>`;
    const value = (n: number, text: string) =>
      `<VariableValue><VariableRef targetGUID="11111111-2222-4333-8444-55555555555${n}"/><TextValue>${text}</TextValue></VariableValue>`;
    const xml = qde(
      `<TextSource guid="${SOURCE}" name="Intervju"><PlainTextContent>${TEXT}</PlainTextContent>${value(1, '14 mars 2018')}${value(2, '75 min')}</TextSource>`,
    ).replace('<Sources>', `${variables}\n  <Sources>`);
    const { snap, report } = await load([{ name: 'project.qde', data: xml }]);
    expect(report.warnings).toEqual([]);
    expect(snap.documents[0]?.attributes).toEqual({ Datum: '14 mars 2018', Längd: '75 min' });
  });
});
