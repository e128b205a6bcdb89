// Cases from QualCoder and MAXQDA exports: QualCoder's <Case> refers to a source by the GUID its
// files are named after, not by the source's own GUID; MAXQDA and Quirkos write a document's own
// variables in a nameless case with one SourceRef. Neither may be dropped.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Project } from '../../../db/project';
import { exportProject } from '../../../electron/refi/export';
import { readQdpxFile, writeQdpx } from '../../../electron/refi/import-project';
import { qualcoderQdpx } from './qualcoder-fixture';
import { importQdpx, snapshot } from './refi-fixture';
import { englishText } from '../../../shared/messages';

let project: Project | null = null;
afterEach(() => project?.close());

async function importQualCoder() {
  project = Project.create(join(mkdtempSync(join(tmpdir(), 'kvalkod-qc-')), 'qc.kvalkod'), {
    empty: true,
  });
  const report = writeQdpx(project, await readQdpxFile(qualcoderQdpx(), 'qualcoder.qdpx'));
  return { report, snap: snapshot(project) };
}

describe('cases from QualCoder and MAXQDA', () => {
  it("finds a case's sources by the GUID their files are named after", async () => {
    const { report, snap } = await importQualCoder();
    expect(snap.cases).toEqual([
      {
        name: 'Anna',
        documents: ['Intervju 1.docx', 'Intervju 2.odt'],
        values: [['Åldersgrupp', ['30-39']]],
      },
      { name: 'Bertil', documents: ['Intervju 2.odt'], values: [] },
    ]);
    expect(report.cases).toBe(2);
    // The report names the cases and their documents, never a GUID.
    expect(report.caseDocuments).toEqual([
      { case: 'Anna', documents: ['Intervju 1.docx', 'Intervju 2.odt'] },
      { case: 'Bertil', documents: ['Intervju 2.odt'] },
    ]);
    expect(report.warnings.map(englishText)).toEqual(
      expect.arrayContaining([
        'The case "Bertil" refers to a source that was skipped; that reference was left out.',
        'The case "Bertil" refers to a source that is not in the file; that reference was skipped.',
      ]),
    );
    expect(JSON.stringify(report.warnings)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it("shows each document its cases as the attribute Fall, and gives it a nameless case's values", async () => {
    const { snap } = await importQualCoder();
    const attributes = Object.fromEntries(snap.documents.map((d) => [d.name, d.attributes]));
    expect(attributes['Intervju 1.docx']).toEqual({ Fall: ['Anna'], Stadsdel: 'Lindholmen' });
    expect(attributes['Intervju 2.odt']).toEqual({ Fall: ['Anna', 'Bertil'] });
    expect(snap.attributes).toContainEqual({ name: 'Fall', type: 'category', multiple: true });
  });

  it('exports and imports again without a second Fall or lost members', async () => {
    await importQualCoder();
    if (!project) throw new Error('no project');
    const before = snapshot(project);
    const again = await importQdpx((await exportProject(project)).bytes);
    try {
      expect(again.report.warnings).toEqual([]);
      expect(snapshot(again.project)).toEqual(before);
    } finally {
      again.project.close();
    }
  });
});
