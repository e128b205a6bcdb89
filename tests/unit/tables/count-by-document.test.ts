// The tables counted document by document (electron/tables/count-by-document.ts) against the
// same tables counted from the facts in memory, on random codings: overlapping and nested
// passages, codes below codes, two coders, interviewer turns, text outside any turn, filters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeTable, type TableDefinitionInput } from '../../../electron/tables/compute';
import { tableDefinitionSchema } from '../../../shared/api/contract-tables';
import { codingProject, type CodingFixture, type FixtureDoc } from '../db/coding-fixture';

/** A small deterministic generator, so that a failure can be reproduced. */
function rng(seed: number) {
  let s = seed;
  return (lo: number, hi: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return lo + (s % (hi - lo + 1));
  };
}

const LINE = [
  'Intervjuare: Hur ser det ut med introduktionen och lokalerna hos er nu?',
  'IP1: Introduktionen fungerar bra men lokalerna är trånga och bullriga.',
  'IP2: Vi har fått mentorer, men arbetsbelastningen är fortfarande hög.',
  'Anteckning utan talare om lönen och om kontorslandskapet i huset.',
  'IP3: Chefen finns nära och lyssnar, det har blivit mycket bättre.',
];

function docs(count: number, int: (lo: number, hi: number) => number): FixtureDoc[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `Intervju ${i + 1}`,
    lines: Array.from({ length: int(4, 9) }, () => LINE[int(0, LINE.length - 1)] ?? ''),
    attributes: { Grupp: [i % 3 === 0 ? 'Medarbetare' : 'Chefer'] },
  }));
}

let f: CodingFixture;
const int = rng(2026);

beforeAll(async () => {
  f = await codingProject(docs(7, int));
  const project = f.project();
  // A code below area 3 and one below "Kommit längst": rows count the codes below them.
  const area3 = f.code(3);
  const furthest = f.code('Kommit längst');
  await f.call('codes.create', { name: 'Underkod till 3', parentId: area3.id });
  await f.call('codes.create', { name: 'Underkod till längst', parentId: furthest.id });
  const codable = f.codes().filter((c) => c.parentId !== null);
  const insertSegment = project.db.prepare(
    `INSERT INTO segments (guid, document_id, start, "end", coder_id, memo, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, '', '', '')`,
  );
  const insertCode = project.db.prepare(
    'INSERT OR IGNORE INTO segment_codes (segment_id, code_id) VALUES (?, ?)',
  );
  const coder = (name: string) =>
    Number(
      project.db.prepare('INSERT INTO coders (guid, name) VALUES (?, ?)').run(name, name)
        .lastInsertRowid,
    );
  const coders = [coder('Anna'), coder('Bo'), null];
  project.db.transaction(() => {
    for (let d = 0; d < 7; d++) {
      const length = f.text(d).length;
      for (let i = int(0, 25); i > 0; i--) {
        const start = int(0, length - 2);
        const end = Math.min(length, start + int(1, 160));
        const id = Number(
          insertSegment.run(`s${d}-${i}`, f.docId(d), start, end, coders[int(0, 2)] ?? null)
            .lastInsertRowid,
        );
        for (let k = int(1, 3); k > 0; k--)
          insertCode.run(id, codable[int(0, codable.length - 1)]?.id ?? 0);
      }
    }
  })();
});
afterAll(async () => {
  await f.close();
});

const AXES: [string, string | null][] = [
  ['Områden', 'Bedömning'],
  ['Områden', null],
  ['Bedömning', 'Områden'],
  ['Teman', 'Bedömning'],
  ['3', 'Kommit längst'],
  // Co-occurrence matrices: one group on both axes, counted by the same rule either way.
  ['Bedömning', 'Bedömning'],
  ['Områden', 'Områden'],
  // The code x document matrix: each document's column from its own counts.
  ['Områden', 'documents'],
  ['Teman', 'Dokument'],
];

describe('tables counted document by document', () => {
  const cases: TableDefinitionInput[] = [];
  for (const [rows, cols] of AXES)
    for (const unit of ['passages', 'interviews'] as const)
      for (const pairing of ['segment', 'overlap', 'turn'] as const)
        for (const variant of [0, 1, 2])
          cases.push(
            tableDefinitionSchema.parse({
              rows,
              cols,
              unit,
              pairing,
              percent: (['column', 'row', 'base'] as const)[variant],
              filters: variant === 1 ? [{ name: 'Grupp', values: ['Chefer'] }] : [],
              coders: variant === 2 ? ['Anna'] : [],
              includeInterviewers: variant === 2,
            }),
          );

  it.each(cases.map((c) => [JSON.stringify(c), c] as const))(
    'give the same table as counting in memory: %s',
    (_name, def) => {
      const project = f.project();
      const inSql = computeTable(project, def);
      const inMemory = computeTable(project, def, { inMemory: true });
      expect(inSql).toEqual(inMemory);
    },
  );

  it('the random coding is not trivial: overlaps, empty cells and full ones', () => {
    const t = computeTable(
      f.project(),
      tableDefinitionSchema.parse({ rows: 'Områden', cols: 'Bedömning', unit: 'passages' }),
    );
    const counts = t.rows.flatMap((r) => r.cells.map((c) => c.n));
    expect(Math.max(...counts)).toBeGreaterThan(3);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(3);
  });

  it('recounts only what changed, and follows a coding action at once', async () => {
    const def = tableDefinitionSchema.parse({
      rows: 'Områden',
      cols: 'Bedömning',
      unit: 'passages',
    });
    const before = computeTable(f.project(), def);
    const { start, end } = f.find(0, 'Introduktionen fungerar bra');
    await f.call('segments.create', {
      documentId: f.docId(0),
      start,
      end,
      codeIds: [f.code(2).id, f.code('Kommit längst').id],
    });
    const after = computeTable(f.project(), def);
    const cell = (t: typeof before) => t.rows.find((r) => r.key === '2')?.cells[0]?.n ?? 0;
    expect(cell(after)).toBe(cell(before) + 1);
    expect(after).toEqual(computeTable(f.project(), def, { inMemory: true }));
  });
});
