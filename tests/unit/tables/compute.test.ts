// The table builder against a real project file: axes, filters, units, interviewers, saved tables,
// and tables that follow the coding.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codingProject, type CodingFixture } from '../db/coding-fixture';
import type { ComputedTable } from '../../../shared/tables/types';

let f: CodingFixture;
beforeEach(async () => {
  f = await codingProject();
});
afterEach(async () => {
  await f.close();
});

const byKey = (t: ComputedTable) =>
  Object.fromEntries(t.rows.map((r) => [r.key, r.cells.map((c) => c.n)]));

async function code(doc: number, needle: string, refs: (number | string)[]) {
  const { start, end } = f.find(doc, needle);
  await f.call('segments.create', {
    documentId: f.docId(doc),
    start,
    end,
    codeIds: refs.map((r) => f.code(r).id),
  });
}

describe('tables.compute', () => {
  beforeEach(async () => {
    // Chefer: area 2 furthest along (IP1), area 13 greatest need (IP2); the interviewer's question
    // is coded with area 3 and must not count. Medarbetare: area 3 greatest need.
    await code(0, 'Introduktionen fungerar bra.', [2, 'Kommit längst']);
    await code(0, 'Kontorslandskapet är bullrigt!', [13, 'Störst behov']);
    await code(0, 'Var har arbetet kommit längst?', [3]);
    await code(1, 'Arbetsbelastningen är hög.', [3, 'Störst behov']);
  });

  it('areas x assessment by interviews, filtered to Grupp = Chefer', async () => {
    const t = await f.call('tables.compute', {
      rows: 'Områden',
      cols: 'Bedömning',
      unit: 'interviews',
      filters: [{ name: 'Grupp', values: ['Chefer'] }],
    });
    expect(t.base).toBe(1);
    expect(t.columns.map((c) => c.key)).toEqual([
      'Kommit längst',
      'Störst behov',
      'Svårt att genomföra',
      'Hinder',
      'total',
    ]);
    const rows = byKey(t);
    expect(rows['2']).toEqual([1, 0, 0, 0, 1]);
    expect(rows['13']).toEqual([0, 1, 0, 0, 1]);
    expect(rows['3']).toEqual([0, 0, 0, 0, 0]); // the interviewer's turn is left out
    expect(t.rows.map((r) => r.key).slice(0, 14)).toEqual(
      Array.from({ length: 14 }, (_, i) => String(i + 1)),
    );
    expect(rows.total).toEqual([1, 1, 0, 0, 1]);
    expect(t.notes.map((n) => n.key)).toEqual([
      'base',
      'filters',
      'interviewersExcluded',
      'pairing',
      'multipleResponse',
    ]);
  });

  it('counts the interviewer when asked to', async () => {
    const t = await f.call('tables.compute', {
      rows: 'Områden',
      unit: 'passages',
      includeInterviewers: true,
    });
    expect(byKey(t)['3']).toEqual([2]);
    const without = await f.call('tables.compute', { rows: 'Områden', unit: 'passages' });
    expect(byKey(without)['3']).toEqual([1]);
    expect(without.base).toBe(3);
  });

  it('participants: each speaker once, silent participants in the base', async () => {
    const t = await f.call('tables.compute', { rows: 'Bedömning', unit: 'participants' });
    // Speakers: IP1, IP2 in each interview (the interviewers are not participants).
    expect(t.base).toBe(4);
    expect(byKey(t)['Störst behov']).toEqual([2]);
    expect(byKey(t).none).toEqual([1]);
  });

  it('an attribute on the rows: interviews by Grupp', async () => {
    const t = await f.call('tables.compute', {
      rows: 'Grupp',
      cols: 'Bedömning',
      unit: 'interviews',
      percent: 'row',
    });
    expect(byKey(t)).toEqual({
      Medarbetare: [0, 1, 0, 0, 1],
      Chefer: [1, 1, 0, 0, 1],
      total: [1, 2, 0, 0, 2],
    });
    expect(t.rows[1]?.cells[0]?.pct).toBe(100);
  });

  it('follows the coding: a new passage, and an undo, change the numbers', async () => {
    const def = { rows: 'Områden', unit: 'interviews' as const };
    expect(byKey(await f.call('tables.compute', def))['8']).toEqual([0]);
    await code(1, 'Lön och lokaler', [8]);
    expect(byKey(await f.call('tables.compute', def))['8']).toEqual([1]);
    await f.call('history.undo', {});
    expect(byKey(await f.call('tables.compute', def))['8']).toEqual([0]);
  });

  it('follows changed codes on a passage and a speaker made interviewer', async () => {
    const def = { rows: 'Områden', unit: 'passages' as const };
    expect(byKey(await f.call('tables.compute', def))['2']).toEqual([1]);
    const at = f.find(0, 'Introduktionen fungerar bra.').start;
    const first = (await f.call('segments.list', { documentId: f.docId(0) })).find(
      (s) => s.start === at,
    );
    if (!first) throw new Error('no segment');
    await f.call('segments.update', { id: first.id, codeIds: [f.code(5).id] });
    let t = byKey(await f.call('tables.compute', def));
    expect([t['2'], t['5']]).toEqual([[0], [1]]);
    // IP1 of the first interview said it: as an interviewer, the passage no longer counts.
    const speakers = (await f.call('documents.content', { ref: f.docId(0) })).speakers;
    const speaker = speakers.find((s) => s.label === 'IP1');
    if (!speaker) throw new Error('no IP1');
    await f.call('speakers.update', { speakerId: speaker.id, role: 'interviewer' });
    t = byKey(await f.call('tables.compute', def));
    expect(t['5']).toEqual([0]);
  });

  it('saves a definition by name and runs it again on new data', async () => {
    const definition = {
      title: 'Tabell 3',
      rows: 'Områden',
      cols: 'Bedömning',
      unit: 'interviews' as const,
    };
    const saved = await f.call('tables.saved.save', { name: 'Tabell 3', definition });
    expect(saved.definition.pairing).toBe('overlap');
    await code(1, 'Lön och lokaler', [13, 'Kommit längst']);
    const [again] = await f.call('tables.saved.list', {});
    expect(again?.name).toBe('Tabell 3');
    const t = await f.call('tables.compute', again?.definition ?? definition);
    expect(byKey(t)['13']).toEqual([1, 1, 0, 0, 2]);
    await f.reopen();
    expect((await f.call('tables.saved.list', {})).map((s) => s.name)).toEqual(['Tabell 3']);
    await f.call('tables.saved.save', {
      name: 'Tabell 3',
      definition: { ...definition, unit: 'passages' },
    });
    expect((await f.call('tables.saved.list', {}))[0]?.definition.unit).toBe('passages');
    await f.call('tables.saved.delete', { name: 'Tabell 3' });
    expect(await f.call('tables.saved.list', {})).toEqual([]);
  });

  it.each([
    [{ rows: 'Kommuner' }, /"Kommuner" is neither a code group/],
    [{ rows: 'Grupp', cols: 'Grupp' }, /both "Grupp"/],
    [{ rows: 'Områden', filters: [{ name: 'Grp', values: ['Chefer'] }] }, /no attribute "Grp"/],
    [
      { rows: 'Områden', filters: [{ name: 'Grupp', values: ['Cheffer'] }] },
      /"Cheffer" is not a value of Grupp/,
    ],
    [{ rows: 'Områden', coders: ['Nobody'] }, /no coder "Nobody"/],
    [{ rows: '13' }, /has no codes below it/],
  ])('refuses %j with a clear message', async (def, message) => {
    await expect(f.call('tables.compute', def)).rejects.toThrow(message);
  });

  it('refuses to save a definition that cannot be computed', async () => {
    await expect(
      f.call('tables.saved.save', { name: 'Fel', definition: { rows: 'Kommuner' } }),
    ).rejects.toThrow(/neither a code group/);
    expect(await f.call('tables.saved.list', {})).toEqual([]);
  });

  it('lists the axes: groups, parent codes and attributes with their values', async () => {
    const axes = await f.call('tables.axes', {});
    const names = axes.map((a) => a.name);
    expect(names.slice(0, 3)).toEqual(['Områden', 'Bedömning', 'Teman']);
    const grupp = axes.find((a) => a.name === 'Grupp');
    expect(grupp?.values.map((v) => v.key)).toEqual(['Medarbetare', 'Chefer']);
    expect(grupp?.units).toEqual(['passages', 'interviews', 'participants']);
    expect(axes[0]?.values[12]?.key).toBe('13');
    expect(axes[0]?.values[12]?.label).toMatch(/^13\. Lämpliga lokaler/);
  });
});

describe('tables.compute by respondents', () => {
  it('counts respondents by their attributes and by the codes on their open answers', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kvalkod-survey-')), 'enkät.csv');
    writeFileSync(
      path,
      [
        'ID;Roll;Längst 1;Längst 2;Skillnad',
        'R1;Chef;2;13;Introduktionen har blivit bättre.',
        'R2;Medarbetare;3;;',
        'R3;Chef;;;Lokalerna är nya.',
      ].join('\n'),
    );
    await f.call('survey.import', {
      source: { path },
      mapping: {
        idColumn: 'ID',
        attributes: ['Roll'],
        ranked: [{ name: 'Längst', columns: ['Längst 1', 'Längst 2'] }],
        text: ['Skillnad'],
      },
    });
    const answers = (await f.call('documents.list', {})).filter((d) => d.kind === 'answer');
    expect(answers).toHaveLength(2);
    for (const doc of answers) {
      const { text } = await f.call('documents.content', { ref: doc.id });
      await f.call('segments.create', {
        documentId: doc.id,
        start: 0,
        end: text.length,
        codeIds: [f.code(text.startsWith('Intro') ? 2 : 13).id],
      });
    }
    const byRole = await f.call('tables.compute', { rows: 'Roll', unit: 'respondents' });
    expect(byRole.base).toBe(3);
    expect(byKey(byRole)).toEqual({ Chef: [2], Medarbetare: [1], total: [3] });
    const areas = await f.call('tables.compute', {
      rows: 'Områden',
      cols: 'Roll',
      unit: 'respondents',
      filters: [{ name: 'Roll', values: ['Chef'] }],
    });
    expect(areas.base).toBe(2);
    expect(byKey(areas)['2']).toEqual([1, 0, 1]);
    expect(byKey(areas)['13']).toEqual([1, 0, 1]);
    expect(byKey(areas).none).toEqual([0, 0, 0]);
    // Interview tables do not count the questionnaire's answers.
    expect(
      byKey(await f.call('tables.compute', { rows: 'Områden', unit: 'passages' }))['13'],
    ).toEqual([0]);
    await expect(
      f.call('tables.compute', {
        rows: 'Områden',
        unit: 'interviews',
        filters: [{ name: 'Roll', values: ['Chef'] }],
      }),
    ).rejects.toThrow(/attribute of questionnaire respondents/);
    await expect(f.call('tables.compute', { rows: 'Grupp', unit: 'respondents' })).rejects.toThrow(
      /Grupp is an attribute of interviews, not of questionnaire respondents/,
    );
  });
});
