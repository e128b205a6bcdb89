// Import of a hand-made .qdpx with the quirks other tools' exports have: a BOM before the text,
// CRLF line ends, coded text in the selection's name with a raw newline, a selection whose
// positions have drifted, dangling references, categories as non-codable codes, a PDF, a path
// that tries to leave the sources folder, notes on codes, selections and nothing.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Project } from '../../../db/project';
import { exportProject } from '../../../electron/refi/export';
import { readQdpxFile, writeQdpx } from '../../../electron/refi/import-project';
import { sv } from '../../../renderer/i18n/parts/messages';
import { englishText, type Message } from '../../../shared/messages';
import { BOM_TEXT, CRLF_TEXT, quirksQdpx } from './quirks-fixture';
import { expectValid, importQdpx, snapshot, unzip } from './refi-fixture';

let project: Project | null = null;
afterEach(() => project?.close());

async function importQuirks() {
  project = Project.create(join(mkdtempSync(join(tmpdir(), 'kvalkod-quirks-')), 'q.kvalkod'), {
    empty: true,
  });
  const report = writeQdpx(project, await readQdpxFile(quirksQdpx(), 'quirks.qdpx'));
  return { project, report, snap: snapshot(project) };
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-/i;

/** A line in Swedish as the window words it (the i18next plural forms are _one and _other). */
function swedish(m: Message): string {
  const table: Record<string, string> = sv;
  const count = m.params.count;
  const form =
    typeof count === 'number' ? table[`${m.code}_${count === 1 ? 'one' : 'other'}`] : undefined;
  const wording = form ?? table[m.code] ?? table[`${m.code}_other`];
  if (wording === undefined) throw new Error(`${m.code} has no Swedish wording`);
  return wording.replace(/{{(\w+)}}/g, (_, name: string) => String(m.params[name]));
}

describe('import of quirky REFI-QDA files', () => {
  it('reports every line as a code with params, worded in Swedish and English, naming no GUID', async () => {
    const { report } = await importQuirks();
    expect(report.warnings.length).toBeGreaterThan(5);
    for (const w of report.warnings) {
      expect(Object.keys(w).sort()).toEqual(['code', 'params']);
      expect(w.code).toMatch(/^refi/);
      expect(JSON.stringify(w.params)).not.toMatch(GUID);
      expect(swedish(w)).not.toMatch(/{{|skipped|was not/);
      expect(englishText(w)).not.toMatch(/{{/);
    }
    const text = report.warnings.map(swedish).join('\n');
    expect(text).toMatch(
      /”Utbrytare” hoppades över: sökvägen internal:\/\/\.\.\/\.\.\/x pekar utanför/,
    );
    expect(text).toMatch(/Fallet ”Deltagare 1” hänvisar till en källa som inte finns i filen/);
  });

  it('drops the BOM, normalises CRLF and moves every position with the text', async () => {
    const { snap } = await importQuirks();
    const bom = snap.documents.find((d) => d.name === 'Intervju med BOM');
    expect(bom?.text).toBe(BOM_TEXT);
    const crlf = snap.documents.find((d) => d.name === 'Intervju med CRLF');
    expect(crlf?.text).toBe(CRLF_TEXT.replace(/\r\n/g, '\n'));
    const texts = snap.segments.map((s) => [s.document, s.text]);
    expect(texts).toEqual(
      expect.arrayContaining([
        ['Intervju med BOM', 'Lokalerna är för trånga.'],
        // After the emoji, to the last character.
        ['Intervju med BOM', 'Vi behöver tystare rum.'],
        // The name had a raw newline; the text has one too.
        ['Intervju med CRLF', 'Vi hinner inte\nmed allt.'],
        ['Intervju med CRLF', 'Den är hög.'],
      ]),
    );
    const last = snap.segments.find((s) => s.text === 'Vi behöver tystare rum.');
    expect(last?.end).toBe(BOM_TEXT.length);
    expect(last?.memo).toBe('Efter en emoji,\ntill sista tecknet.');
  });

  it('reports a selection whose text differs instead of storing it shifted', async () => {
    const { snap, report } = await importQuirks();
    expect(snap.segments.some((s) => s.text.includes('tervjuare: Och'))).toBe(false);
    expect(report.warnings.map(englishText).join('\n')).toMatch(
      /"Intervju med CRLF" 2-38: the file says the passage reads "Intervjuare: Och arbetsbelastningen\?"/,
    );
  });

  it('keeps numbers, colours, hierarchy, descriptions and non-codable categories', async () => {
    const { snap } = await importQuirks();
    expect(snap.codes).toEqual([
      expect.objectContaining({ name: 'Områden', codable: false, group: 'areas', parent: null }),
      expect.objectContaining({
        name: 'Lämpliga lokaler och fungerande arbetsredskap',
        number: 13,
        parent: 'Områden',
        color: '#CC66CC',
        description: 'Lokaler & "verktyg" <IT>\npå två rader',
      }),
      expect.objectContaining({ name: 'Kategori utan kodning', codable: false, group: null }),
      expect.objectContaining({ name: 'Arbetsbelastning', codable: true, color: '#FF0000' }),
    ]);
  });

  it('reports dangling references and skipped sources, and never follows ../ paths', async () => {
    const { snap, report } = await importQuirks();
    const text = report.warnings.map(englishText).join('\n');
    expect(text).toMatch(/"Rapport\.pdf" \(PDF\) was skipped/);
    expect(text).toMatch(
      /"Utbrytare" was skipped: its path internal:\/\/\.\.\/\.\.\/x points outside/,
    );
    expect(text).toMatch(/The case "Deltagare 1" refers to a source that is not in the file/);
    expect(text).toMatch(/a coding refers to a code that is not in the file/);
    expect(text).toMatch(/"fyrtio" is not a valid Integer value for Ålder/);
    expect(text).toMatch(/refers to a note that is not in the file/);
    expect(text).not.toMatch(GUID);
    expect(snap.documents.map((d) => d.name)).toEqual([
      'Anteckning',
      'Intervju med BOM',
      'Intervju med CRLF',
    ]);
    // Cases keep their documents even when one reference dangles: no document is lost.
    expect(snap.cases).toEqual([
      {
        name: 'Deltagare 1',
        documents: ['Intervju med BOM'],
        values: [
          ['Ålder', ['42']],
          ['Kön', ['Kvinna']],
        ],
      },
      { name: 'Deltagare 2', documents: ['Intervju med CRLF'], values: [] },
    ]);
  });

  it('keeps typed variables, inline texts, whole-source codings, notes and the description', async () => {
    const { snap, report } = await importQuirks();
    expect(snap.attributes).toEqual(
      expect.arrayContaining([
        { name: 'Ålder', type: 'number', multiple: false },
        { name: 'Kön', type: 'category', multiple: false },
      ]),
    );
    // Its case shows as the attribute Fall.
    expect(snap.documents.find((d) => d.name === 'Intervju med BOM')?.attributes).toEqual({
      Datum: '2017-10-03',
      Fall: ['Deltagare 1'],
    });
    expect(snap.segments).toContainEqual(
      expect.objectContaining({ document: 'Anteckning', text: 'Kort anteckning om hot & våld.' }),
    );
    expect(snap.memos).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          target: 'Lämpliga lokaler och fungerande arbetsredskap',
          title: 'Om lokaler',
          text: 'Första raden\nandra raden & mer',
        }),
        expect.objectContaining({ target: 'Intervju med BOM 36-60', title: 'Om lokaler' }),
        expect.objectContaining({ target: 'journal', title: 'Fristående' }),
      ]),
    );
    expect(snap.description).toBe('Ett projekt & <test> "citat"');
    expect(report).toMatchObject({ documents: 3, segments: 5, cases: 2, variables: 3 });
    expect(snap.segments.find((s) => s.text === 'Lokalerna är för trånga.')?.coder).toBe(
      'Friedrich',
    );
  });

  it('exports the imported project valid against the schema, and it comes back the same', async () => {
    const { project: first, snap } = await importQuirks();
    const files = await unzip((await exportProject(first)).bytes);
    expectValid(files.get('project.qde') ?? '', 'Project.xsd');
    const again = await importQdpx((await exportProject(first)).bytes);
    try {
      expect(again.report.warnings).toEqual([]);
      expect(snapshot(again.project)).toEqual(snap);
    } finally {
      again.project.close();
    }
  });
});
