import { describe, expect, it } from 'vitest';
import type { Project } from '../../../db/project';
import type { UndoState } from '../../../shared/coding/types';
import { codingProject, type CodingFixture } from './coding-fixture';

/** Every row of the four tables the history covers, ids included: equal snapshots = same state. */
function snapshot(project: Project): string {
  const rows = (sql: string) => project.db.prepare(sql).all();
  return JSON.stringify({
    codes: rows('SELECT * FROM codes ORDER BY id'),
    segments: rows('SELECT * FROM segments ORDER BY id'),
    links: rows('SELECT * FROM segment_codes ORDER BY segment_id, code_id'),
    memos: rows('SELECT * FROM memos ORDER BY id'),
  });
}

async function coded(f: CodingFixture, doc: number, needle: string, codes: (number | string)[]) {
  const { value } = await f.call('segments.create', {
    documentId: f.docId(doc),
    ...f.find(doc, needle),
    codeIds: codes.map((c) => f.code(c).id),
  });
  return value.id;
}

type Step = (f: CodingFixture) => Promise<{ undo: UndoState }>;
const CHANGES: [string, ((f: CodingFixture) => Promise<unknown>) | null, Step][] = [
  [
    'coding a passage',
    null,
    (f) =>
      f.call('segments.create', {
        documentId: f.docId(0),
        ...f.find(0, 'Lönen är låg'),
        codeIds: [f.code(3).id, f.code('Lön').id],
        memo: 'Om lönen',
      }),
  ],
  [
    "changing a passage's codes and boundaries",
    (f) => coded(f, 0, 'Lönen är låg', [3, 'Lön']),
    (f) =>
      f.call('segments.update', {
        id: 1,
        start: f.find(0, 'Introduktionen').start,
        codeIds: [f.code('Lön').id, f.code('Hinder').id],
      }),
  ],
  [
    "editing a passage's memo",
    (f) => coded(f, 0, 'Lönen är låg', [3]),
    (f) => f.call('segments.update', { id: 1, memo: 'Viktigt citat' }),
  ],
  [
    'removing passages (with a memo on one)',
    async (f) => {
      await coded(f, 0, 'Lönen är låg', [3, 'Lön']);
      await coded(f, 1, 'Arbetsbelastningen är hög', [3]);
      await f.call('memos.save', { target: { kind: 'segment', id: 1 }, text: 'Om lön' });
    },
    (f) => f.call('segments.delete', { ids: [1, 2] }),
  ],
  [
    'creating a code',
    null,
    (f) => f.call('codes.create', { parentId: f.code('Teman').id, name: 'Buller' }),
  ],
  [
    'renaming, recolouring, describing and re-keying a code',
    null,
    (f) =>
      f.call('codes.update', {
        id: f.code(13).id,
        name: 'Lokaler',
        color: '#123456',
        description: 'Rum och redskap',
        whenToUse: 'När lokalerna nämns',
        whenNotToUse: 'Inte för hemarbete',
        example: '"Kontorslandskapet är bullrigt"',
        shortcut: 'x',
      }),
  ],
  [
    'moving a code to another parent',
    null,
    (f) => f.call('codes.move', { id: f.code('Lön').id, parentId: f.code(6).id, index: 0 }),
  ],
  [
    'merging a code with passages and children',
    async (f) => {
      await f.call('codes.create', { parentId: f.code('Lön').id, name: 'Lönespridning' });
      await coded(f, 0, 'Lönen är låg', ['Lön', 'Arbetsbelastning']);
      await coded(f, 1, 'Lön och lokaler', ['Lön']);
      await f.call('memos.save', { target: { kind: 'code', id: f.code('Lön').id }, text: 'Lön' });
    },
    (f) => f.call('codes.merge', { from: f.code('Lön').id, into: f.code('Arbetsbelastning').id }),
  ],
  [
    'deleting a code with children, passages and memos',
    async (f) => {
      await f.call('codes.create', { parentId: f.code('Lön').id, name: 'Lönespridning' });
      await coded(f, 0, 'Lönen är låg', ['Lönespridning']);
      await coded(f, 1, 'Lön och lokaler', ['Lön', 2]);
      await f.call('memos.save', { target: { kind: 'segment', id: 1 }, text: 'Försvinner' });
    },
    (f) => f.call('codes.delete', { id: f.code('Lön').id }),
  ],
  [
    'writing a journal memo',
    null,
    (f) => f.call('memos.save', { target: { kind: 'journal' }, text: 'Dag 1' }),
  ],
  [
    'editing a memo',
    (f) =>
      f.call('memos.save', { target: { kind: 'document', id: 1 }, title: 'A', text: 'Första' }),
    (f) =>
      f.call('memos.save', {
        id: 1,
        target: { kind: 'document', id: 1 },
        title: 'B',
        text: 'Andra',
      }),
  ],
  [
    'deleting a memo',
    (f) => f.call('memos.save', { target: { kind: 'document', id: 1 }, text: 'Första' }),
    (f) => f.call('memos.delete', { id: 1 }),
  ],
  [
    'autocoding',
    (f) => coded(f, 0, 'Kontorslandskapet är bullrigt!', [13]),
    (f) =>
      f.call('autocode.apply', {
        codeId: f.code('Lokaler och kontorslandskap').id,
        unit: 'sentence',
        query: 'kontorslandskap*',
        choice: { all: true, documents: [], hits: [] },
      }),
  ],
];

describe('undo and redo', () => {
  it.each(CHANGES)(
    '%s: undo restores every row, redo brings back the same ids, across reopening',
    async (_label, setup, change) => {
      const f = await codingProject();
      await setup?.(f);
      const before = snapshot(f.project());
      const { undo } = await change(f);
      expect(undo.canUndo).toBe(true);
      expect(undo.canRedo).toBe(false);
      const after = snapshot(f.project());
      expect(after).not.toBe(before);

      await f.reopen();
      const undone = await f.call('history.undo', {});
      expect(snapshot(f.project())).toBe(before);
      expect(undone.canRedo).toBe(true);

      await f.reopen();
      await f.call('history.redo', {});
      expect(snapshot(f.project())).toBe(after);
      await f.close();
    },
  );

  it('undoes a whole session step by step back to the start, and redoes it', async () => {
    const f = await codingProject();
    const steps: (() => Promise<unknown>)[] = [
      () => coded(f, 0, 'Lönen är låg', [3, 'Lön']),
      () => f.call('codes.create', { parentId: f.code('Teman').id, name: 'Buller' }),
      () => f.call('segments.update', { id: 1, codeIds: [f.code('Buller').id, f.code(3).id] }),
      () => f.call('memos.save', { target: { kind: 'segment', id: 1 }, text: 'Citat' }),
      () => f.call('codes.merge', { from: f.code('Buller').id, into: f.code('Lön').id }),
      () => f.call('codes.delete', { id: f.code(3).id }),
      () => f.call('segments.delete', { ids: [1] }),
    ];
    const states = [snapshot(f.project())];
    for (const step of steps) {
      await step();
      states.push(snapshot(f.project()));
    }
    expect(new Set(states).size).toBe(states.length);
    for (let i = states.length - 2; i >= 0; i--) {
      await f.call('history.undo', {});
      expect(snapshot(f.project())).toBe(states[i]);
    }
    expect((await f.call('history.state', {})).canUndo).toBe(false);
    // Nothing left to undo: a further undo changes nothing.
    await f.call('history.undo', {});
    expect(snapshot(f.project())).toBe(states[0]);
    for (let i = 1; i < states.length; i++) {
      await f.call('history.redo', {});
      expect(snapshot(f.project())).toBe(states[i]);
    }
    await f.close();
  });

  it('a new change discards what was undone: it stays in the audit trail but cannot be redone', async () => {
    const f = await codingProject();
    await f.call('coder.set', { name: 'Anna' });
    await coded(f, 0, 'Lönen är låg', ['Lön']);
    await coded(f, 1, 'Lön och lokaler', ['Lön']);
    const undone = await f.call('history.undo', {});
    expect(undone).toMatchObject({ canRedo: true, redoSummary: 'Coded a passage with "Lön"' });
    const { undo } = await f.call('codes.create', { parentId: null, name: 'Egna koder' });
    expect(undo).toEqual({
      canUndo: true,
      canRedo: false,
      undoSummary: 'Created the code "Egna koder"',
      redoSummary: null,
      undoId: expect.any(Number) as number,
      redoId: null,
      // The same in the window's language: a code with what it names.
      undoLabel: { code: 'codeCreated', params: { code: 'Egna koder' } },
      redoLabel: null,
    });
    await f.reopen();
    expect((await f.call('history.redo', {})).canRedo).toBe(false);
    expect(f.project().segments.ofDocument(f.docId(1))).toEqual([]);
    const trail = await f.call('history.list', { limit: 10 });
    expect(trail.map((e) => [e.action, e.state, e.coder])).toEqual([
      ['codes.create', 'done', 'Anna'],
      ['segments.create', 'discarded', 'Anna'],
      ['segments.create', 'done', 'Anna'],
    ]);
    await f.close();
  });

  it('a change that changes nothing leaves no history entry', async () => {
    const f = await codingProject();
    await f.call('codes.update', { id: f.code('Lön').id, name: 'Lön' });
    expect(await f.call('history.list', { limit: 10 })).toEqual([]);
    await f.close();
  });

  it('an undo whose rows were removed since (by a program outside the history) is refused, dropped, and the next undo goes on', async () => {
    const f = await codingProject();
    await f.call('codes.create', { parentId: null, name: 'Egna koder' });
    const id = await coded(f, 0, 'Lönen är låg', ['Lön']);
    f.project().db.prepare('DELETE FROM segments WHERE id = ?').run(id);
    await expect(f.call('history.undo', {})).rejects.toThrow(/can no longer be undone/);
    const state = await f.call('history.state', {});
    expect(state).toMatchObject({ canUndo: true, undoSummary: 'Created the code "Egna koder"' });
    await f.call('history.undo', {});
    expect(f.codes().some((c) => c.name === 'Egna koder')).toBe(false);
    expect((await f.call('history.list', { limit: 5 })).map((e) => e.state)).toEqual([
      'discarded',
      'undone',
    ]);
    await f.close();
  });
});
