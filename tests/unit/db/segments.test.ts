import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/api/contract';
import { codingProject, type CodingFixture } from './coding-fixture';

describe('segments: create and change', () => {
  it('records the coder, keeps the memo, and lists a document in reading order', async () => {
    const f = await codingProject();
    await f.call('coder.set', { name: 'Anna Berg' });
    expect(await f.call('coder.get', {})).toEqual({ name: 'Anna Berg' });
    await f.call('coder.set', { name: 'Åsa Ek' });
    await f.call('coder.set', { name: 'Anna Berg' });
    expect(await f.call('coders.list', {})).toEqual(['Anna Berg', 'Åsa Ek']);
    const later = f.find(0, 'Kontorslandskapet');
    const earlier = f.find(0, 'Lönen är låg');
    await f.call('segments.create', { documentId: 1, ...later, codeIds: [f.code(13).id] });
    const { value } = await f.call('segments.create', {
      documentId: 1,
      ...earlier,
      codeIds: [f.code('Lön').id, f.code(3).id, f.code('Lön').id],
      memo: 'Lön som hinder',
    });
    expect(value).toMatchObject({ ...earlier, coder: 'Anna Berg', memo: 'Lön som hinder' });
    expect(value.codes.map((c) => c.number ?? c.name)).toEqual([3, 'Lön']);
    const listed = await f.call('segments.list', { documentId: 1 });
    expect(listed.map((s) => s.start)).toEqual([earlier.start, later.start]);
    await f.close();
  });

  it.each<[string, Partial<Input<'segments.create'>>, RegExp, string, string]>([
    [
      'an end beyond the text',
      { start: 0, end: 10_000 },
      /end \(10000\) lies beyond/,
      'end',
      'range_outside',
    ],
    [
      'a start beyond the text',
      { start: 9_000, end: 9_001 },
      /start \(9000\) lies beyond/,
      'start',
      'range_outside',
    ],
    ['an empty range', { start: 5, end: 5 }, /must be greater than start/, 'end', 'range_outside'],
    [
      'a reversed range',
      { start: 9, end: 4 },
      /must be greater than start/,
      'end',
      'range_outside',
    ],
    ['a negative start', { start: -1, end: 4 }, /Invalid start/, 'start', 'invalid_input'],
    [
      'an unknown document',
      { documentId: 99 },
      /no document with id 99/,
      'documentId',
      'document_missing',
    ],
    ['an unknown code', { codeIds: [9999] }, /no code with id 9999/, 'codeIds', 'code_missing'],
    ['no code at all', { codeIds: [] }, /at least one code/, 'codeIds', 'invalid_input'],
  ])('refuses %s, naming the field', async (_label, patch, message, field, code) => {
    const f = await codingProject();
    const input = { documentId: 1, start: 0, end: 4, codeIds: [f.code(1).id], ...patch };
    await expect(f.call('segments.create', input)).rejects.toMatchObject({
      code,
      message: expect.stringMatching(message) as unknown,
      params: expect.objectContaining({ field }) as unknown,
    });
    expect(f.project().info().counts.segments).toBe(0);
    await f.close();
  });

  it('update moves boundaries within the text and refuses an empty code list', async () => {
    const f = await codingProject();
    const { value } = await f.call('segments.create', {
      documentId: 1,
      ...f.find(0, 'Lönen'),
      codeIds: [f.code('Lön').id],
    });
    const { value: moved } = await f.call('segments.update', { id: value.id, end: value.end + 7 });
    expect(f.text(0).slice(moved.start, moved.end)).toBe('Lönen är låg');
    await expect(f.call('segments.update', { id: value.id, start: moved.end })).rejects.toThrow(
      /must be greater than start/,
    );
    await expect(f.call('segments.update', { id: value.id, codeIds: [] })).rejects.toThrow(
      /at least one code/,
    );
    await expect(f.call('segments.update', { id: 77, memo: 'x' })).rejects.toThrow(
      /no coded passage/,
    );
    await f.close();
  });
});

describe('segments.retrieve', () => {
  let f: CodingFixture;
  const ids: Record<string, number> = {};
  const code = (ref: number | string) => f.code(ref).id;

  beforeAll(async () => {
    f = await codingProject();
    const make: [string, number, string, (number | string)[]][] = [
      ['s1', 0, 'Lönen är låg', [3, 'Kommit längst']],
      ['s2', 0, 'Kontorslandskapet är bullrigt!', [13, 'Störst behov']],
      ['s3', 0, 'Var har arbetet', [3]],
      ['s4', 0, 'Ett stycke utan talare', [13]],
      ['s5', 1, 'Arbetsbelastningen är hög', [3, 'Störst behov']],
      ['s6', 1, 'Lön och lokaler', [13, 'Kommit längst', 'Lön']],
    ];
    for (const [key, doc, needle, codes] of make) {
      const { value } = await f.call('segments.create', {
        documentId: f.docId(doc),
        ...f.find(doc, needle),
        codeIds: codes.map(code),
      });
      ids[key] = value.id;
    }
  });
  afterAll(() => f.close());

  type Query = (c: typeof code) => Omit<Input<'segments.retrieve'>, 'codes'> & {
    codes: Input<'segments.retrieve'>['codes'];
  };
  it.each<[string, Query, string[]]>([
    [
      'one code, participants and unattributed text (default)',
      (c) => ({ codes: { all: [c(3)] } }),
      ['s5', 's1'],
    ],
    [
      'one code, every role',
      (c) => ({ codes: { all: [c(3)] }, speakerRoles: ['interviewer', 'participant', 'none'] }),
      ['s5', 's3', 's1'],
    ],
    ['AND', (c) => ({ codes: { all: [c(3), c('Störst behov')] } }), ['s5']],
    ['OR', (c) => ({ codes: { any: [c(13), c('Lön')] } }), ['s6', 's2', 's4']],
    ['NOT', (c) => ({ codes: { all: [c(13)], none: [c('Störst behov')] } }), ['s6', 's4']],
    [
      'OR with an attribute',
      (c) => ({
        codes: { any: [c('Kommit längst'), c('Störst behov')] },
        attributes: { Grupp: ['Chefer'] },
      }),
      ['s1', 's2'],
    ],
    [
      'an attribute with one of several values',
      () => ({ codes: {}, attributes: { Intervjuomgång: ['VT 2018', 'HT 2016'] } }),
      ['s5', 's6'],
    ],
    [
      'two attributes (both must hold)',
      () => ({ codes: {}, attributes: { Intervjuomgång: ['VT 2018'], Grupp: ['Chefer'] } }),
      [],
    ],
    ['text outside any turn', () => ({ codes: {}, speakerRoles: ['none'] }), ['s4']],
    ['the interviewer only', () => ({ codes: {}, speakerRoles: ['interviewer'] }), ['s3']],
    [
      'everything said by participants, with a limit',
      () => ({ codes: {}, speakerRoles: ['participant'], limit: 3 }),
      ['s5', 's6', 's1'],
    ],
  ])('%s', async (_label, query, expected) => {
    const found = await f.call('segments.retrieve', query(code));
    expect(found.map((s) => Object.keys(ids).find((k) => ids[k] === s.id))).toEqual(expected);
  });

  it('gives each passage its document, text, speaker and attributes', async () => {
    const [s6] = await f.call('segments.retrieve', { codes: { all: [code('Lön')] } });
    expect(s6).toMatchObject({
      document: 'Angered VT2018 Medarbetare',
      text: 'Lön och lokaler',
      speaker: 'IP2',
      speakerRole: 'participant',
      attributes: { Grupp: 'Medarbetare', Intervjuomgång: 'VT 2018' },
    });
    expect(s6?.codes.map((c) => c.name)).toEqual([f.code(13).name, 'Kommit längst', 'Lön']);
  });

  it('counts passages per code', async () => {
    expect(await f.call('codes.counts', {})).toEqual({
      [code(3)]: 3,
      [code(13)]: 3,
      [code('Kommit längst')]: 2,
      [code('Störst behov')]: 2,
      [code('Lön')]: 1,
    });
  });

  it.each([
    [{ codes: { all: [9999] } }, /no code with id 9999/],
    [{ codes: {}, attributes: { Färg: ['Blå'] } }, /no attribute "Färg"/],
  ])('refuses an unknown code or attribute', async (input, message) => {
    await expect(f.call('segments.retrieve', input)).rejects.toThrow(message);
  });
});
