// Export -> import gives back the same project: documents, codes, passages to the character,
// memos, attributes and cases; and every export is valid against the REFI-QDA schemas.
import { afterEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../db/project';
import { exportCodebook, exportProject } from '../../../electron/refi/export';
import {
  addRespondent,
  expectValid,
  importQdpx,
  richProject,
  snapshot,
  unzip,
} from './refi-fixture';

const opened: Project[] = [];
afterEach(() => opened.splice(0).forEach((p) => p.close()));

async function importInto(bytes: Buffer) {
  const imported = await importQdpx(bytes);
  opened.push(imported.project);
  return imported;
}

describe('REFI-QDA round trip', () => {
  it('gives back documents, codes, passages to the character, memos, attributes and cases', async () => {
    const f = await richProject();
    addRespondent(f.project());
    const { bytes, report } = await exportProject(f.project());
    // After the export: it brings the respondent's and the interview groups' cases up to date.
    const before = snapshot(f.project());
    expect(report).toMatchObject({ documents: 3, segments: 4, notes: 4, warnings: [] });
    const files = await unzip(bytes);
    expectValid(files.get('project.qde') ?? '', 'Project.xsd');

    const back = await importInto(bytes);
    expect(back.report.warnings).toEqual([]);
    expect(back.report).toMatchObject({ documents: 3, segments: 4, notes: 4, cases: 3 });
    const after = snapshot(back.project);
    expect(after.documents).toEqual(before.documents);
    expect(after.codes).toEqual(before.codes);
    expect(after.segments).toEqual(before.segments);
    expect(after.memos).toEqual(before.memos);
    expect(after.attributes).toEqual(before.attributes);
    expect(after.description).toBe(before.description);
    // The respondent and the two interview groups come back as cases with their documents.
    expect(after.cases).toEqual(before.cases);
    expect(after.cases.map((c) => c.name).sort()).toEqual([
      'Enkät 2018: R17',
      'Grupp: Chefer',
      'Grupp: Medarbetare',
    ]);
    await f.close();
  });

  it('counts code points in the file: the emoji before a passage moves it by one, not two', async () => {
    const f = await richProject();
    const files = await unzip((await exportProject(f.project())).bytes);
    const qde = (files.get('project.qde') ?? Buffer.alloc(0)).toString('utf8');
    const doc = f
      .project()
      .documents.list()
      .find((d) => d.name.startsWith('Årsta'));
    const text = f.project().documents.content(doc?.id ?? 0)?.text ?? '';
    const units = text.indexOf('Introduktionen');
    const codePoints = Array.from(text.slice(0, units)).length;
    expect(codePoints).toBe(units - 1);
    expect(qde).toContain(`startPosition="${codePoints}"`);
    // The passage that ends at the last character ends at the text's length in code points.
    expect(qde).toContain(`endPosition="${Array.from(text).length}"`);
    const guid = f
      .project()
      .db.prepare('SELECT guid FROM documents WHERE id = ?')
      .pluck()
      .get(doc?.id);
    const source = files.get(`sources/${String(guid)}.txt`);
    expect(source?.toString('utf8')).toBe(text);
    await f.close();
  });

  it('keeps every GUID across exports, and through an import and a second export', async () => {
    const f = await richProject();
    const guids = async (p: Project) => {
      const qde =
        (await unzip((await exportProject(p)).bytes)).get('project.qde')?.toString() ?? '';
      return [...qde.matchAll(/\b(?:guid|targetGUID)="([^"]+)"/g)].map((m) => m[1]).sort();
    };
    const first = await guids(f.project());
    expect(await guids(f.project())).toEqual(first);
    const back = await importInto((await exportProject(f.project())).bytes);
    expect(await guids(back.project)).toEqual(first);
    await f.close();
  });

  it('exports the codebook alone as a valid .qdc with numbers, hierarchy and non-codable groups', async () => {
    const f = await richProject();
    const { bytes, report } = exportCodebook(f.project());
    const xml = bytes.toString('utf8');
    expectValid(xml, 'Codebook.xsd');
    expect(report.codes).toBe(f.project().codes.list().length);
    expect(xml).toMatch(/<Code guid="[^"]+" name="Områden" isCodable="false"/);
    expect(xml).toContain('name="13. Lämpliga lokaler och fungerande arbetsredskap"');
    expect(xml).toContain(
      'Lokaler &amp; verktyg &lt;IT&gt;\n\nNär den ska användas: När någon talar om "kontoret".',
    );
    await f.close();
  });
});
