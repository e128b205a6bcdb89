// A coding key against a stand-in for the API (the host is what cannot run here): the passage is
// painted before the server answers, replaced by the saved one, taken back on a refusal; what
// follows a key waits for its save.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectSummary } from '../../../shared/api/types';
import type { Code } from '../../../shared/codebook/types';
import type { Segment, UndoState } from '../../../shared/coding/types';
import type { DocumentContent } from '../../../shared/documents/types';

const calls: [string, unknown][] = [];
const answers = new Map<
  string,
  { promise: Promise<unknown>; resolve: (v: unknown) => void; reject: (e: Error) => void }
>();

/** A save waits for the test to answer it (by method); every other call answers at once. */
vi.mock('../../../renderer/api/client', () => ({
  api: {
    call: (method: string, input: unknown) => {
      calls.push([method, input]);
      if (method === 'segments.list') return Promise.resolve(listed);
      if (method === 'codes.counts') return Promise.resolve({ 3: 1 });
      if (method === 'codes.list') return Promise.resolve(codes);
      if (method === 'history.state' || method === 'history.undo') return Promise.resolve(UNDO);
      if (method !== 'segments.create' && method !== 'segments.update') return Promise.resolve([]);
      let resolve!: (v: unknown) => void;
      let reject!: (e: Error) => void;
      const promise = new Promise<unknown>((res, rej) => ((resolve = res), (reject = rej)));
      answers.set(method, { promise, resolve, reject });
      return promise;
    },
  },
  ApiCallError: class extends Error {},
}));

const { useStore } = await import('../../../renderer/store');

const code = (id: number, name: string): Code =>
  ({ id, name, number: null, color: '#123456', codable: true }) as Code;
const codes = [code(3, 'Lokaler'), code(5, 'Störst behov')];
const saved = (id: number, codeIds: number[]): Segment => ({
  id,
  documentId: 1,
  start: 2,
  end: 9,
  coder: 'Anna',
  memo: '',
  codes: codeIds.map((c) => ({ id: c, name: String(c), number: null, color: '#123456' })),
  createdAt: 'x',
  updatedAt: 'x',
});
const UNDO = { canUndo: true, undoId: 7 } as UndoState;
let listed: Segment[] = [];
const answered = (method: string) => {
  const answer = answers.get(method);
  if (!answer) throw new Error(`${method} was not called`);
  return answer;
};
const tick = () => new Promise((r) => setTimeout(r, 0));
const state = () => useStore.getState();
const methods = () => calls.map(([m]) => m);

beforeEach(() => {
  calls.length = 0;
  answers.clear();
  listed = [];
  useStore.setState({
    project: { readOnly: false } as ProjectSummary,
    codingDoc: { id: 1 } as DocumentContent,
    codes,
    segments: [],
    selection: { start: 2, end: 9 },
    selectedSegmentId: null,
    codeCounts: {},
    coderName: 'Anna',
    notices: [],
  });
});

describe('a coding key', () => {
  it('paints the passage before the server answers, then shows the saved one', async () => {
    const done = state().applyCode(3);
    await tick();
    const [shown] = state().segments;
    expect(shown).toMatchObject({
      start: 2,
      end: 9,
      coder: 'Anna',
      codes: [{ id: 3, name: 'Lokaler' }],
    });
    expect(shown?.id ?? 0).toBeLessThan(0);
    expect(state().selectedSegmentId).toBe(shown?.id ?? 0);
    expect(state().selection).toBeNull();
    expect(state().codeCounts[3]).toBe(1);
    expect(calls).toContainEqual([
      'segments.create',
      { documentId: 1, start: 2, end: 9, codeIds: [3] },
    ]);

    listed = [saved(10, [3])];
    answered('segments.create').resolve({ value: saved(10, [3]), undo: UNDO });
    await done;
    await tick();
    expect(state().segments.map((s) => s.id)).toEqual([10]);
    expect(state().selectedSegmentId).toBe(10);
    expect(state().undoState).toBe(UNDO);
  });

  it('takes the passage back on a refusal, with the selection and the counts, and says why', async () => {
    const done = state().applyCode(3);
    await tick();
    expect(state().segments).toHaveLength(1);
    answered('segments.create').reject(new Error('The file is busy.'));
    await done;
    expect(state().segments).toEqual([]);
    expect(state().selection).toEqual({ start: 2, end: 9 });
    expect(state().selectedSegmentId).toBeNull();
    expect(state().codeCounts[3]).toBe(0);
    expect(state().notices).toHaveLength(1);
  });

  it('puts a code added to a saved passage back off it on a refusal', async () => {
    useStore.setState({
      segments: [saved(10, [3])],
      selectedSegmentId: 10,
      selection: null,
      codeCounts: { 3: 1 },
    });
    const done = state().applyCode(5);
    await tick();
    expect(state().segments[0]?.codes.map((c) => c.id)).toEqual([3, 5]);
    expect(calls).toContainEqual(['segments.update', { id: 10, codeIds: [3, 5] }]);
    answered('segments.update').reject(new Error('no'));
    await done;
    expect(state().segments).toEqual([saved(10, [3])]);
    expect(state().selectedSegmentId).toBe(10);
    expect(state().codeCounts).toEqual({ 3: 1, 5: 0 });
  });

  it('adds a second code to the passage being saved once it is saved, by its saved id', async () => {
    const first = state().applyCode(3);
    await tick();
    const second = state().applyCode(5);
    await tick();
    expect(state().segments[0]?.codes.map((c) => c.id)).toEqual([3, 5]);
    expect(methods()).not.toContain('segments.update');
    listed = [saved(10, [3])];
    answered('segments.create').resolve({ value: saved(10, [3]), undo: UNDO });
    await first;
    await tick();
    expect(calls).toContainEqual(['segments.update', { id: 10, codeIds: [3, 5] }]);
    listed = [saved(10, [3, 5])];
    answered('segments.update').resolve({ value: saved(10, [3, 5]), undo: UNDO });
    await second;
    expect(
      state()
        .segments.find((s) => s.id === 10)
        ?.codes.map((c) => c.id),
    ).toEqual([3, 5]);
    expect(state().segments.some((s) => s.id < 0)).toBe(false);
  });

  it('is taken back by Ctrl+Z only after its save was answered', async () => {
    const done = state().applyCode(3);
    await tick();
    const undone = state().undo();
    await tick();
    expect(methods()).not.toContain('history.undo');
    answered('segments.create').resolve({ value: saved(10, [3]), undo: UNDO });
    await done;
    await undone;
    expect(methods()).toContain('history.undo');
    expect(methods().indexOf('history.undo')).toBeGreaterThan(methods().indexOf('segments.create'));
  });

  it('paints nothing in a project open for reading only, and shows the refusal', async () => {
    useStore.setState({ project: { readOnly: true } as ProjectSummary });
    const done = state().applyCode(3);
    await tick();
    expect(state().segments).toEqual([]);
    expect(state().selection).toEqual({ start: 2, end: 9 });
    answered('segments.create').reject(new Error('read only'));
    await done;
    expect(state().segments).toEqual([]);
    expect(state().notices).toHaveLength(1);
  });
});
