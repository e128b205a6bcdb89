// The pseudonymised copy, through the handlers as the window drives them: identifiers replaced in
// texts, labels, memos, the journal, names and values; passages moved with their words and codes;
// tables count the same; the copy's bytes (WAL included) hold no identifier and no history; the
// original is untouched; every text column of the schema is accounted for.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import mammoth from 'mammoth';
import { migrate } from '../../../db/migrations';
import { Project } from '../../../db/project';
import {
  EMPTIED_TABLES,
  KEPT_COLUMNS,
  REWRITTEN_COLUMNS,
  SPECIAL_COLUMNS,
} from '../../../db/queries/pseudonymise-columns';
import type { PseudoJob } from '../../../shared/api/contract-pseudonymise';
import { readQdpx } from '../../../electron/refi/zip-read';
import { codingProject, type CodingFixture } from './coding-fixture';

const DOC = {
  name: 'Eva Bergström intervju',
  lines: [
    'Intervjuare: Berätta om introduktionen.',
    'Sigrid: Eva Bergström var min mentor. Evas stöd betydde mycket, ring henne på 070-123 45 67.',
    'Torsten: Jag håller med Sigrid. Klienten 19800101-0019 bor på Storgatan 12 B, mejla eva.b@stad.se.',
    'Sigrid: Lönen är låg 😀 men Bergström ordnade det.',
  ],
  attributes: { Grupp: ['Chefer'], Intervjuomgång: ['HT 2017'] },
};
const SECRETS = [
  'Bergström',
  'Eva',
  'Sigrid',
  'Torsten',
  '070-123 45 67',
  '19800101-0019',
  'Storgatan',
  'eva.b@stad.se',
];

async function waitJob(f: CodingFixture, jobId: string) {
  for (;;) {
    const s: PseudoJob = await f.call('pseudonymise.job', { jobId });
    if (s.status === 'done') return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

let f: CodingFixture;
beforeEach(async () => {
  f = await codingProject([DOC]);
});
afterEach(async () => {
  await f.close();
});

describe('pseudonymise apply', () => {
  it('writes a copy that holds no identifier, keeps the codings and leaves the original as it was', async () => {
    const doc = f.docId(0);
    // Passages: one around the name, one starting inside it, one after it, overlapping ones.
    const around = f.find(0, 'Eva Bergström var min mentor');
    const inside = { start: f.find(0, 'Bergström var').start + 3, end: f.find(0, 'mentor').end };
    const after = f.find(0, 'Lönen är låg 😀 men Bergström ordnade det.');
    const area3 = f.code(3).id;
    const lon = f.code('Lön').id;
    for (const r of [around, inside, after])
      await f.call('segments.create', {
        documentId: doc,
        ...r,
        codeIds: [area3, lon],
        memo: 'Sigrid sa det',
      });
    await f.call('memos.save', {
      target: { kind: 'journal' },
      title: 'Om Eva',
      text: 'Torsten ringde 070-123 45 67.',
    });
    await f.call('memos.save', {
      target: { kind: 'document', id: doc },
      text: 'Eva Bergström är chef.',
    });
    const table = { rows: 'Områden', cols: 'Bedömning', unit: 'passages' } as const;
    const before = await f.call('tables.compute', table);

    const { jobId: scanJob } = await f.call('pseudonymise.scan', {});
    const scanned = (await waitJob(f, scanJob)).scan;
    const texts = scanned?.candidates.map((c) => c.text) ?? [];
    expect(texts).toEqual(
      expect.arrayContaining([
        'Sigrid',
        'Torsten',
        'Eva Bergström',
        '070-123 45 67',
        '19800101-0019',
        'Storgatan 12 B',
        'eva.b@stad.se',
      ]),
    );

    const originalHash = createHash('sha256').update(readFileSync(f.path)).digest('hex');
    const out = join(dirname(f.path), 'kopia.kvalkod');
    const key = join(dirname(f.path), 'nyckel', '..', 'nyckel.csv');
    const { jobId } = await f.call('pseudonymise.apply', { out, key, acceptAll: true });
    const done = await waitJob(f, jobId);
    expect(done.report?.segments).toEqual({ kept: 0, moved: 3 });
    expect(done.report?.warnings.map((w) => w.code)).toContain('pseudoKeyBesideCopy');
    expect(createHash('sha256').update(readFileSync(f.path)).digest('hex')).toBe(originalHash);

    // The copy's bytes, and its WAL once opened and written, hold none of the identifiers.
    const bytes = readFileSync(out);
    for (const s of SECRETS) expect(bytes.includes(Buffer.from(s)), s).toBe(false);
    // The full-text index keeps its tokens in lowercase: none of the old ones either.
    for (const s of ['bergström', 'sigrid', 'torsten', 'storgatan'])
      expect(bytes.includes(Buffer.from(s)), s).toBe(false);
    const copy = Project.open(out);
    try {
      const text = copy.documents.content(1)?.text ?? '';
      expect(text).toContain('Deltagare 1: Person 1 var min mentor. Person 1:s stöd');
      // Paragraphs and turns moved with the words: each still spans its line and its label.
      const content = copy.documents.content(1);
      expect(content?.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(text.split('\n'));
      expect(content?.turns.map((t) => text.slice(t.start, t.labelEnd))).toEqual([
        'Intervjuare: ',
        'Deltagare 1: ',
        'Deltagare 2: ',
        'Deltagare 1: ',
      ]);
      const segs = copy.segments.ofDocument(1);
      expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
        'Person 1 var min mentor',
        'Person 1 var min mentor',
        'Lönen är låg 😀 men Person 1 ordnade det.',
      ]);
      expect(
        segs.every(
          (s) =>
            s.codes
              .map((c) => c.id)
              .sort()
              .join() === [area3, lon].sort().join(),
        ),
      ).toBe(true);
      expect(segs[0]?.memo).toBe('Deltagare 1 sa det');
      expect(copy.documents.speakersOf(1).map((s) => s.label)).toEqual([
        'Intervjuare',
        'Deltagare 1',
        'Deltagare 2',
      ]);
      expect(copy.documents.list()[0]?.name).toBe('Person 1 intervju');
      expect(
        copy.memos
          .list()
          .map((m) => `${m.title}|${m.text}`)
          .sort(),
      ).toEqual(['Om Person 1|Deltagare 2 ringde [telefon].', '|Person 1 är chef.']);
      expect(copy.history.list(10)).toEqual([]);
      // Full-text search finds the pseudonyms and nothing of the old text.
      const fts = copy.db
        .prepare("SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'Bergström'")
        .get() as { n: number };
      expect(fts.n).toBe(0);
      copy.db.prepare("UPDATE project_meta SET value = value WHERE key = 'created_at'").run();
      expect(existsSync(`${out}-wal`)).toBe(true);
      const wal = readFileSync(`${out}-wal`);
      for (const s of SECRETS) expect(wal.includes(Buffer.from(s)), s).toBe(false);
    } finally {
      copy.close();
    }
    await f.call('project.close', {});
    await f.call('project.open', { path: out });
    const afterTable = await f.call('tables.compute', table);
    expect(afterTable.rows).toEqual(before.rows);
    // Everything downstream reads the copy: exports carry only pseudonyms.
    const csv = await f.call('segments.export', {
      codes: { all: [area3], any: [], none: [] },
      attributes: {},
      speakerRoles: ['participant', 'interviewer'],
      format: 'csv',
      title: 'Lön',
    });
    const csvText = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(csvText).toContain('Person 1 var min mentor');
    const word = await f.call('segments.export', {
      codes: { all: [area3], any: [], none: [] },
      attributes: {},
      speakerRoles: ['participant', 'interviewer'],
      format: 'docx',
      title: 'Lön',
    });
    const wordText = (await mammoth.extractRawText({ buffer: Buffer.from(word.base64, 'base64') }))
      .value;
    expect(wordText).toContain('Person 1 var min mentor');
    const refi = await f.call('refi.export', { format: 'qdpx' });
    const qdpx = await readQdpx(Buffer.from(refi.base64, 'base64'), 'kopia.qdpx');
    const exported = [
      csvText,
      wordText,
      qdpx.qde.toString('utf8'),
      ...[...qdpx.texts.values()].map((b) => b.toString('utf8')),
    ];
    for (const s of SECRETS)
      expect(
        exported.some((e) => e.includes(s)),
        s,
      ).toBe(false);

    const keyText = readFileSync(key, 'utf8');
    expect(keyText).toContain('Eva Bergström;Person 1;name');
    expect(keyText).toContain('Evas;Person 1:s;name');
    expect(keyText).toContain('070-123 45 67;[telefon];phone');
  });

  it('replaces identifiers in attribute values, category choices and the group cases made of them', async () => {
    const doc = f.docId(0);
    const attrs = f.project().attributes;
    attrs.create({ name: 'Kontakt', type: 'text' });
    const manager = attrs.create({ name: 'Chef', type: 'category' });
    const byName = new Map(attrs.list().map((a) => [a.name, a]));
    const set = (name: string, value: string) => {
      const a = byName.get(name);
      if (a) attrs.setValues(doc, a, [value]);
    };
    set('Kontakt', 'Torsten, 070-123 45 67');
    set('Chef', 'Eva Bergström');
    // A group case per value of Grupp (made on REFI-QDA export) remembers its value.
    set('Grupp', 'Eva Bergströms grupp');
    f.project().cases.syncDerived();
    const groups = () =>
      f
        .project()
        .cases.list()
        .map((c) => c.name);
    const before = groups();
    const out = join(dirname(f.path), 'kopia.kvalkod');
    const key = join(dirname(f.path), 'nyckel.csv');
    const { jobId } = await f.call('pseudonymise.apply', { out, key, acceptAll: true });
    await waitJob(f, jobId);
    const copy = Project.open(out);
    try {
      expect(copy.attributes.valuesByDocument().get(doc)).toMatchObject({
        Kontakt: 'Deltagare 2, [telefon]',
        Chef: 'Person 1',
      });
      const choices = copy.attributes.list().find((a) => a.id === manager)?.choices;
      expect(choices).toEqual(['Person 1']);
      // The copy's group cases still follow its values: none lost, none made twice.
      copy.cases.syncDerived();
      expect(copy.cases.list().map((c) => c.name)).toEqual(
        before.map((n) => n.replace('Eva Bergströms', 'Person 1:s')),
      );
    } finally {
      copy.close();
    }
    const bytes = readFileSync(out);
    for (const s of SECRETS) expect(bytes.includes(Buffer.from(s)), s).toBe(false);
    // A table of the copy by the attribute shows the pseudonym as its column.
    await f.call('project.close', {});
    await f.call('project.open', { path: out });
    const exported = await f.call('tables.export', {
      tables: [
        { kind: 'builder', definition: { rows: 'Områden', cols: 'Chef', unit: 'interviews' } },
      ],
      format: 'md',
    });
    const table = Buffer.from(exported.base64, 'base64').toString('utf8');
    expect(table).toContain('Person 1');
    for (const s of SECRETS) expect(table.includes(s), s).toBe(false);
  });

  it('refuses to write over a file and to make a copy with nothing accepted', async () => {
    const dir = dirname(f.path);
    await expect(
      f.call('pseudonymise.apply', { out: f.path, key: join(dir, 'k.csv') }),
    ).rejects.toMatchObject({ code: 'file_exists' });
    const { jobId } = await f.call('pseudonymise.apply', {
      out: join(dir, 'c.kvalkod'),
      key: join(dir, 'k.csv'),
    });
    await expect(waitJob(f, jobId)).rejects.toMatchObject({ code: 'nothing_accepted' });
    expect(existsSync(join(dir, 'c.kvalkod'))).toBe(false);
  });

  it('decisions are saved in the project and undone like any change', async () => {
    await f.call('pseudonymise.decide', {
      items: [{ text: 'Torsten', kind: 'name', status: 'rejected' }],
    });
    const r = await f.call('pseudonymise.decide', {
      items: [{ text: 'Sigrid', kind: 'name', status: 'accepted', replacement: 'Informant A' }],
    });
    expect(r.value.map((d) => [d.text, d.status, d.replacement])).toEqual([
      ['Torsten', 'rejected', null],
      ['Sigrid', 'accepted', 'Informant A'],
    ]);
    await f.reopen();
    expect(f.project().pseudonyms.decisions()).toHaveLength(2);
    await f.call('history.undo', {});
    expect(
      f
        .project()
        .pseudonyms.decisions()
        .map((d) => d.text),
    ).toEqual(['Torsten']);
    await f.call('pseudonymise.stopWord', { word: 'Torsten', add: true });
    const { jobId } = await f.call('pseudonymise.scan', {});
    const list = (await waitJob(f, jobId)).scan?.candidates ?? [];
    expect(list.map((c) => c.text)).not.toContain('Torsten');
  });
});

describe('every text column of the schema is accounted for', () => {
  it('is rewritten, kept for a reason, or emptied', () => {
    const db = new Database(':memory:');
    migrate(db);
    const tables = db
      .prepare<[], { name: string; sql: string }>(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
      )
      .all()
      .filter((t) => !t.sql.startsWith('CREATE VIRTUAL') && !/_fts_/.test(t.name));
    const missing: string[] = [];
    for (const t of tables) {
      if (EMPTIED_TABLES.includes(t.name)) continue;
      const cols = db
        .prepare<[], { name: string; type: string }>(
          `SELECT name, type FROM pragma_table_info('${t.name}')`,
        )
        .all();
      for (const c of cols.filter((c) => c.type === 'TEXT')) {
        const known =
          REWRITTEN_COLUMNS[t.name]?.includes(c.name) ||
          SPECIAL_COLUMNS[t.name]?.includes(c.name) ||
          KEPT_COLUMNS[t.name]?.[c.name] !== undefined;
        if (!known) missing.push(`${t.name}.${c.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
