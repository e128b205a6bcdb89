// Parsing on every core changes nothing stored: the same files imported with one worker and with
// several give the same documents, in file order, with the same texts, paragraphs, speakers, turns
// and attributes, and the same report, even when a large first file finishes after the small ones.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { Project } from '../../../db/project';
import { importBatch } from '../../../electron/import/batch';
import { shutdownImportWorker } from '../../../electron/import/parse-in-worker';
import { expandSources } from '../../../electron/import/sources';
import { docxBuffer, minimalDocx, tmpDir } from './fixtures';

afterAll(() => shutdownImportWorker());

async function corpus(): Promise<string> {
  const dir = tmpDir();
  const turns = (n: number, topic: string) =>
    Array.from({ length: n }, (_, i) =>
      i % 4 === 0
        ? `I: Hur är det med ${topic}?`
        : `IP${(i % 3) + 1}: ${topic} fungerar ${i} gånger bättre nu.`,
    );
  // The first file is by far the largest, so later files finish parsing before it.
  const sizes = [4000, 3, 40, 5, 60, 2, 30, 8, 1];
  for (const [i, n] of sizes.entries()) {
    const name = `Sdf${i}_HT2017_${i % 2 ? 'Chefer' : 'Medarbetare'}`;
    if (i % 3 === 2) writeFileSync(join(dir, `${name}.txt`), turns(n, `lokalerna ${i}`).join('\n'));
    else
      writeFileSync(
        join(dir, `${name}.docx`),
        await docxBuffer(
          turns(n, `introduktionen ${i}`).map((t) => new Paragraph({ children: [new TextRun(t)] })),
        ),
      );
  }
  writeFileSync(join(dir, 'Sdf9_HT2017_Chefer.docx'), minimalDocx('<w:p>')); // damaged: skipped
  return dir;
}

async function importWith(dir: string, concurrency: number) {
  const project = Project.create(join(tmpDir(), 'p.kvalkod'));
  const report = await importBatch(
    project,
    expandSources([dir]),
    {
      speakers: { kind: 'auto' },
      attributes: {},
      filenamePattern: '{Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}',
    },
    { concurrency },
  );
  // Ids aside (they differ between the two projects), everything stored is compared.
  const docs = project.documents.list().map((d) => {
    const content = project.documents.content(d.id);
    return {
      name: d.name,
      attributes: d.attributes,
      text: content?.text,
      paragraphs: content?.paragraphs,
      turns: content?.turns.map((t) => ({ ...t, speakerId: undefined })),
      speakers: content?.speakers.map((s) => ({ label: s.label, role: s.role, turns: s.turns })),
    };
  });
  const ids = project.documents.list().map((d) => d.id);
  project.close();
  return {
    files: report.files.map((f) => ({ ...f, documentId: undefined })),
    docs,
    ids,
  };
}

describe('parallel import', () => {
  it('stores the same documents in file order with one worker or three', async () => {
    const dir = await corpus();
    const one = await importWith(dir, 1);
    const three = await importWith(dir, 3);
    expect(three.files).toEqual(one.files);
    expect(three.docs).toEqual(one.docs);
    expect(one.files.filter((f) => f.status === 'imported')).toHaveLength(9);
    expect(one.files.at(-1)?.status).toBe('skipped');
    // Ids follow the files' order: the documents were written in that order.
    const byName = new Map(three.docs.map((d, i) => [d.name, three.ids[i]]));
    const order = three.files.flatMap((f) => (f.status === 'imported' ? [byName.get(f.name)] : []));
    expect(order).toEqual([...order].sort((a, b) => (a ?? 0) - (b ?? 0)));
  }, 120_000);
});
