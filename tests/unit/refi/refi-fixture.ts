// Test helpers for REFI-QDA: a project with everything the exchange carries (Swedish text, an
// emoji before a coded passage, overlaps, a passage ending at the last character, multi-line
// memos, several-valued and typed attributes, a questionnaire respondent), a schema check with
// xmllint, and a snapshot of a project that two projects can be compared by.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { expect } from 'vitest';
import { Project } from '../../../db/project';
import { textHash } from '../../../db/integrity';
import { readQdpxFile, writeQdpx } from '../../../electron/refi/import-project';
import { codingProject, type FixtureDoc } from '../db/coding-fixture';

/** The REFI-QDA schemas, copied into the repository (see its README for their source). */
export const REFERENCE = join(process.cwd(), 'tests', 'fixtures', 'refi-qda');

export const REFI_DOCS: FixtureDoc[] = [
  {
    name: 'Årsta VT2018 Chefer',
    lines: [
      'Intervjuare: Vad har fungerat bäst? 😀',
      'IP1: Introduktionen för nyanställda fungerar väl, säger vi på Årsta.',
      'IP2: Lokalerna är trånga & bullriga; "kontorslandskap" <öppet>.',
    ],
    attributes: {
      Grupp: ['Chefer'],
      Verksamhetsområden: ['BOU', 'Ek'],
      Datum: ['2018-03-14'],
      Längd: ['75'],
    },
  },
  {
    name: 'Skärholmen HT2017 Medarbetare',
    lines: ['Intervjuare: Och behovet?', 'IP1: Arbetsbelastningen är hög, 👩‍👩‍👧 familjer väntar.'],
    attributes: { Grupp: ['Medarbetare'], Längd: ['72.5'] },
  },
];

/** A project holding every kind of thing the exchange carries; returns the open fixture. */
export async function richProject() {
  const f = await codingProject(REFI_DOCS);
  await f.call('coder.set', { name: 'Åsa Lind' });
  const doc0 = f.text(0);
  // The emoji (two UTF-16 units, one code point) comes before every passage of document 0.
  const intro = f.find(0, 'Introduktionen för nyanställda');
  const overlap = f.find(0, 'nyanställda fungerar väl');
  const last = { start: doc0.indexOf('Lokalerna'), end: doc0.length };
  const emojiPassage = f.find(1, '👩‍👩‍👧 familjer');
  const made = [];
  for (const [docIndex, range, codes, memo] of [
    [
      0,
      intro,
      [f.code(2).id, f.code('Kommit längst').id],
      'Första raden\nandra raden & <taggar> "citat"',
    ],
    [0, overlap, [f.code('Delaktighet').id], ''],
    [0, last, [f.code(13).id, f.code('Störst behov').id], ''],
    [1, emojiPassage, [f.code(3).id], 'En rad'],
  ] as const) {
    made.push(
      await f.call('segments.create', {
        documentId: f.docId(docIndex),
        start: range.start,
        end: range.end,
        codeIds: [...codes],
        memo,
      }),
    );
  }
  const segmentId = made[0]?.value.id ?? 0;
  await f.call('memos.save', {
    target: { kind: 'document', id: f.docId(0) },
    title: 'Om intervjun',
    text: 'Gruppen var liten.\n\nTvå deltagare kom sent.',
  });
  await f.call('memos.save', {
    target: { kind: 'code', id: f.code(13).id },
    title: '',
    text: 'Lokaler nämns ofta tillsammans med hot & våld.',
  });
  await f.call('memos.save', {
    target: { kind: 'segment', id: segmentId },
    title: 'Tolkning',
    text: 'Rad ett\nRad två',
  });
  await f.call('memos.save', {
    target: { kind: 'journal' },
    title: 'Dag 1',
    text: 'Började koda.',
  });
  await f.call('codes.update', {
    id: f.code(13).id,
    description: 'Lokaler & verktyg <IT>',
    whenToUse: 'När någon talar om "kontoret".',
    example: 'Vi sitter trångt.',
  });
  f.project().meta.set('description', 'Följeforskning 2016–2018: "arbetsvillkor" & <lokaler>.');
  return f;
}

/** A questionnaire respondent whose open answer is a document (written as the survey import does). */
export function addRespondent(project: Project): void {
  const db = project.db;
  db.transaction(() => {
    const survey = db
      .prepare(
        "INSERT INTO surveys (guid, name, source_name, imported_at) VALUES ('0b0e7a52-1a52-4c8e-9e6a-3c1f0f8f4a11', 'Enkät 2018', 'enkat.xlsx', '2018-12-01T00:00:00Z')",
      )
      .run().lastInsertRowid;
    const respondent = db
      .prepare(
        "INSERT INTO respondents (guid, survey_id, external_id, row_number) VALUES ('5d7c1f0e-2b8a-4c1d-8e2f-9a0b1c2d3e4f', ?, 'R17', 2)",
      )
      .run(survey).lastInsertRowid;
    const roll = project.attributes.create({ name: 'Roll', type: 'category', choices: ['Chef'] });
    db.prepare("INSERT INTO respondent_values VALUES (?, ?, 'Chef')").run(respondent, roll);
    const doc = project.documents.insert({
      name: 'R17 – konkret skillnad',
      kind: 'answer',
      text: 'Ja, mentorskapet.',
      textHash: textHash('Ja, mentorskapet.'),
      words: 2,
      sourceName: 'enkat.xlsx',
      sourceFormat: 'xlsx',
      paragraphs: [],
      speakers: [],
      turns: [],
    });
    db.prepare('UPDATE documents SET respondent_id = ? WHERE id = ?').run(respondent, doc);
  })();
}

/** Every entry of a zip, by name. */
export async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const out = new Map<string, Buffer>();
  for await (const entry of zip.eachEntry()) {
    const stream = await zip.openReadStreamPromise(entry);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    out.set(entry.fileName, Buffer.concat(chunks));
  }
  return out;
}

/** A .qdpx imported into a fresh project (the caller closes it). */
export async function importQdpx(bytes: Buffer) {
  const path = join(mkdtempSync(join(tmpdir(), 'kvalkod-refi-')), 'in.kvalkod');
  const project = Project.create(path, { empty: true });
  const report = writeQdpx(project, await readQdpxFile(bytes, 'test.qdpx'));
  return { project, report };
}

/** Validates XML against one of the REFI-QDA schemas with libxml2's xmllint. */
export function expectValid(xml: string | Buffer, schema: 'Project.xsd' | 'Codebook.xsd'): void {
  const file = join(mkdtempSync(join(tmpdir(), 'kvalkod-xsd-')), 'file.xml');
  writeFileSync(file, xml);
  let output = '';
  try {
    output = execFileSync('xmllint', ['--noout', '--schema', join(REFERENCE, schema), file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`not valid against ${schema}: ${e.stderr ?? e.message}`);
  }
  expect(output).toBe('');
}

/** Everything a round trip must keep, by name and text rather than by id. */
export function snapshot(project: Project) {
  const docs = project.documents.list();
  const docName = new Map(docs.map((d) => [d.id, d.name]));
  const codes = project.codes.list();
  const codeName = new Map(codes.map((c) => [c.id, c.name]));
  const segments = docs.flatMap((d) => {
    const text = project.documents.content(d.id)?.text ?? '';
    return project.segments.ofDocument(d.id).map((s) => ({
      document: d.name,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      codes: s.codes.map((c) => c.name).sort(),
      memo: s.memo,
      coder: s.coder,
    }));
  });
  const segmentName = new Map(
    docs.flatMap((d) =>
      project.segments.ofDocument(d.id).map((s) => [s.id, `${d.name} ${s.start}-${s.end}`]),
    ),
  );
  const targetName = (m: ReturnType<Project['memos']['list']>[number]) =>
    m.target.kind === 'journal'
      ? 'journal'
      : m.target.kind === 'document'
        ? docName.get(m.target.id)
        : m.target.kind === 'code'
          ? codeName.get(m.target.id)
          : segmentName.get(m.target.id);
  const attributeName = new Map(project.attributes.list().map((a) => [a.id, a.name]));
  return {
    description: project.meta.get('description') ?? '',
    documents: docs.map((d) => ({
      name: d.name,
      text: project.documents.content(d.id)?.text,
      attributes: d.attributes,
    })),
    codes: codes.map((c) => ({
      name: c.name,
      parent: c.parentId === null ? null : codeName.get(c.parentId),
      number: c.number,
      group: c.group,
      color: c.color.toUpperCase(),
      codable: c.codable,
      description: c.description,
      whenToUse: c.whenToUse,
      whenNotToUse: c.whenNotToUse,
      example: c.example,
    })),
    segments,
    memos: project.memos
      .list()
      .map((m) => ({ target: targetName(m), title: m.title, text: m.text, author: m.author }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    attributes: project.attributes
      .list()
      .map((a) => ({ name: a.name, type: a.type, multiple: a.multiple })),
    cases: project.cases.list().map((c) => ({
      name: c.name,
      documents: c.documentIds.map((id) => docName.get(id)).sort(),
      values: [...c.values].map(([a, v]) => [attributeName.get(a), v]),
    })),
  };
}
