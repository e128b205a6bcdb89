// Issue 11, item 5: undo covers every change a user makes. Each change below is made, undone
// (every table of the project back to the very rows it had, ids included) and redone (the rows it
// made, again), and the Undo button's label names it in both languages' codes.
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../db/project';
import type { Message } from '../../../shared/messages';
import { codingProject, type CodingFixture } from './coding-fixture';

/** Every row of every table the history may touch (and the search index), in key order. */
function snapshot(project: Project): string {
  const tables = project.db
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE '%fts%' AND name NOT IN ('history', 'change_counters', 'coding_versions')
       ORDER BY name`,
    )
    .all()
    .map((t) => t.name);
  const rows = Object.fromEntries(
    tables.map((t) => {
      const n = project.db.prepare(`SELECT count(*) AS n FROM pragma_table_info('${t}')`).get() as {
        n: number;
      };
      const order = Array.from({ length: n.n }, (_, i) => i + 1).join(', ');
      return [t, project.db.prepare(`SELECT * FROM "${t}" ORDER BY ${order}`).all()];
    }),
  );
  const found = project.db
    .prepare(
      "SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'kontorslandskap' ORDER BY 1",
    )
    .all();
  return JSON.stringify({ rows, found });
}

async function speaker(f: CodingFixture, doc: number, label: string) {
  const content = await f.call('documents.content', { ref: f.docId(doc) });
  const s = content.speakers.find((x) => x.label === label);
  if (!s) throw new Error(`no speaker ${label}`);
  return s.id;
}

type Change = [
  string,
  ((f: CodingFixture) => Promise<unknown>) | null,
  (f: CodingFixture) => Promise<unknown>,
  Message,
];

const CHANGES: Change[] = [
  [
    'renaming a speaker',
    null,
    async (f) =>
      f.call('speakers.update', { speakerId: await speaker(f, 0, 'IP1'), label: 'Anna' }),
    {
      code: 'speakerRenamed',
      params: { from: 'IP1', to: 'Anna', document: 'Bergsjön HT2017 Chefer' },
    },
  ],
  [
    "changing a speaker's role",
    null,
    async (f) =>
      f.call('speakers.update', { speakerId: await speaker(f, 0, 'IP2'), role: 'interviewer' }),
    {
      code: 'speakerMadeInterviewer',
      params: { speaker: 'IP2', document: 'Bergsjön HT2017 Chefer' },
    },
  ],
  [
    'merging two speakers',
    null,
    async (f) =>
      f.call('speakers.merge', {
        from: await speaker(f, 0, 'IP2'),
        into: await speaker(f, 0, 'IP1'),
      }),
    {
      code: 'speakersMerged',
      params: { from: 'IP2', into: 'IP1', document: 'Bergsjön HT2017 Chefer' },
    },
  ],
  [
    'creating an attribute',
    null,
    (f) => f.call('attributes.create', { name: 'Ort', type: 'category', multiple: false }),
    { code: 'attributeCreated', params: { attribute: 'Ort' } },
  ],
  [
    "setting two documents' values (a new category value among them)",
    null,
    (f) =>
      f.call('attributes.setValues', {
        documentIds: [f.docId(0), f.docId(1)],
        attribute: 'Grupp',
        values: ['Blandad'],
      }),
    {
      code: 'attributeSet',
      params: { attribute: 'Grupp', document: 'Bergsjön HT2017 Chefer', count: 2 },
    },
  ],
  [
    'filling attributes from file names',
    null,
    (f) => f.call('attributes.fromFilenames', { pattern: '{Stadsdelsförvaltning} {*} {Grupp}' }),
    { code: 'attributesFromNames', params: { count: 2 } },
  ],
  [
    'removing a document with its passages, memos, speakers and values',
    async (f) => {
      const { value } = await f.call('segments.create', {
        documentId: f.docId(0),
        ...f.find(0, 'Kontorslandskapet är bullrigt'),
        codeIds: [f.code('Lokaler och kontorslandskap').id],
        memo: 'Om bullret',
      });
      await f.call('memos.save', {
        target: { kind: 'segment', id: value.id },
        text: 'Hörde jag rätt?',
      });
      await f.call('memos.save', {
        target: { kind: 'document', id: f.docId(0) },
        text: 'Bra samtal',
      });
    },
    (f) => f.call('documents.delete', { ids: [f.docId(0)] }),
    { code: 'documentsRemoved', params: { count: 1, document: 'Bergsjön HT2017 Chefer' } },
  ],
  [
    'importing a questionnaire',
    null,
    (f) => f.call('survey.importExample', {}),
    { code: 'surveyImported', params: { name: 'Exempelenkät HT 2018' } },
  ],
  [
    'deleting a questionnaire with its open answers (one of them coded)',
    async (f) => {
      const { survey } = await f.call('survey.importExample', {});
      const docs = await f.call('documents.list', {});
      const answer = docs.find((d) => d.kind === 'answer');
      if (!answer) throw new Error('no open answer');
      await f.call('segments.create', {
        documentId: answer.id,
        start: 0,
        end: 3,
        codeIds: [f.code(2).id],
      });
      return survey.id;
    },
    async (f) => {
      const surveys = await f.call('survey.list', {});
      return f.call('survey.delete', { id: surveys[0]?.id ?? 0 });
    },
    { code: 'surveyRemoved', params: { name: 'Exempelenkät HT 2018' } },
  ],
];

describe('undo covers every change', () => {
  it.each(CHANGES)('%s: undone to the row, redone, named', async (_label, setup, change, label) => {
    const f = await codingProject();
    await setup?.(f);
    const before = snapshot(f.project());
    await change(f);
    const after = snapshot(f.project());
    expect(after).not.toBe(before);
    const state = await f.call('history.state', {});
    expect(state.undoLabel).toEqual(label);

    await f.call('history.undo', { expected: state.undoId ?? undefined });
    expect(snapshot(f.project())).toBe(before);
    expect((await f.call('history.state', {})).redoLabel).toEqual(label);

    await f.call('history.redo', {});
    expect(snapshot(f.project())).toBe(after);
    // And once more, after the project was closed and opened again.
    await f.reopen();
    await f.call('history.undo', {});
    expect(snapshot(f.project())).toBe(before);
    await f.close();
  });

  it('a removed document comes back whole: its text found by search, its passages coded', async () => {
    const f = await codingProject();
    await f.call('segments.create', {
      documentId: f.docId(0),
      ...f.find(0, 'Lönen är låg'),
      codeIds: [f.code('Lön').id],
    });
    await f.call('documents.delete', { ids: [f.docId(0)] });
    expect(await f.call('search.text', { query: 'bullrigt', limit: 10 })).toEqual([]);
    await f.call('history.undo', {});
    const hits = await f.call('search.text', { query: 'bullrigt', limit: 10 });
    expect(hits.map((h) => h.documentId)).toEqual([f.docId(0)]);
    const segments = await f.call('segments.list', { documentId: f.docId(0) });
    expect(segments.map((s) => s.codes.map((c) => c.name))).toEqual([['Lön']]);
    await f.close();
  });

  it('documents.usage counts the passages and memos a removal takes along', async () => {
    const f = await codingProject();
    const { value } = await f.call('segments.create', {
      documentId: f.docId(0),
      ...f.find(0, 'Lönen är låg'),
      codeIds: [f.code('Lön').id],
      memo: 'En anteckning på avsnittet',
    });
    await f.call('segments.create', {
      documentId: f.docId(1),
      ...f.find(1, 'Arbetsbelastningen'),
      codeIds: [f.code(3).id],
    });
    await f.call('memos.save', { target: { kind: 'segment', id: value.id }, text: 'Memo' });
    await f.call('memos.save', { target: { kind: 'document', id: f.docId(0) }, text: 'Memo' });
    expect(await f.call('documents.usage', { ids: [f.docId(0)] })).toEqual({
      segments: 1,
      memos: 3,
    });
    expect(await f.call('documents.usage', { ids: [f.docId(0), f.docId(1)] })).toEqual({
      segments: 2,
      memos: 3,
    });
    await f.close();
  });
});
