// `kvalkod pseudonymise scan|apply` on transcripts with planted identifiers of every kind, imported
// from .docx, .txt (Windows-1252) and .md (and an .md that names no one): the JSON and CSV contracts, an edited list given back
// with --map, and a copy whose bytes hold none of the replaced identifiers.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { kvalkod, tempDir } from './cli-helper';

const DOCX_LINES = [
  'Intervjuare: Hur fungerar introduktionen?',
  'Sigrid: Min mentor Ingegerd Lövgren ringde mig på 070-123 45 67 varje vecka.',
  'Torsten: Ingegerds mentorskap var bra. Jag mejlade Lövgren på ingegerd.lovgren@stad.se.',
  'Sigrid: Klienten med personnummer 19800101-0019 bodde på Björkvägen 12 B, 415 05 Göteborg.',
];
const TXT_LINES = [
  'Intervjuare: Och lokalerna?',
  'Torsten: Vi sitter på Storgatan 5, men Ingegerd Lövgren vill flytta. Ring +46 8 123 456 78.',
  'Sigrid: Samordningsnummer 701063-2391 står i akten. Jag håller med Torsten.',
];
const MD_LINES = [
  '# Gruppintervju',
  '',
  'Intervjuare: Vad behövs mest?',
  '',
  'IP1: Arbetsbelastningen är för hög. Vi behöver fler handläggare och bättre lokaler.',
  '',
  'IP2: Precis. Handlingsplanen har hjälpt lite, men Treserva krånglar fortfarande.',
];
/** Markdown with identifiers of every kind (a heading, emphasis, blank lines between turns). */
const MD_NAMED_LINES = [
  '# Uppföljning',
  '',
  'Intervjuare: Vem var kontaktperson?',
  '',
  'Margareta: Det var *Gunnel Åkesson*, hon nås på 08-765 432 10 eller gunnel@exempel.se.',
  '',
  'Margareta: Gunnel Åkessons klient, 197203151233, flyttade till Ekvägen 7 A, 123 45 Sundsvall.',
];
const SECRETS = [
  'Margareta',
  'Gunnel',
  'Åkesson',
  '08-765 432 10',
  'gunnel@exempel.se',
  '197203151233',
  'Ekvägen',
  '123 45',
  'Ingegerd',
  'Lövgren',
  'Sigrid',
  'Torsten',
  '070-123 45 67',
  '+46 8 123 456 78',
  'ingegerd.lovgren@stad.se',
  '19800101-0019',
  '701063-2391',
  'Björkvägen',
  'Storgatan 5',
  '415 05',
];

interface CandidateJson {
  text: string;
  kind: string;
  count: number;
  documents: string[];
  proposal: string;
  forms: string[];
}

describe('kvalkod pseudonymise', () => {
  const dir = tempDir();
  beforeAll(async () => {
    const doc = new Document({
      sections: [
        { children: DOCX_LINES.map((t) => new Paragraph({ children: [new TextRun(t)] })) },
      ],
    });
    writeFileSync(join(dir, 'Intervju A.docx'), await Packer.toBuffer(doc));
    writeFileSync(join(dir, 'Intervju B.txt'), iconv.encode(TXT_LINES.join('\r\n'), 'win1252'));
    writeFileSync(join(dir, 'Ingen nämns.md'), MD_LINES.join('\n'));
    writeFileSync(join(dir, 'Intervju C.md'), MD_NAMED_LINES.join('\n'));
    expect(kvalkod(['init', 'p.kvalkod'], dir).code).toBe(0);
    const imported = kvalkod(
      [
        'import',
        'p.kvalkod',
        'Intervju A.docx',
        'Intervju B.txt',
        'Ingen nämns.md',
        'Intervju C.md',
      ],
      dir,
    );
    expect(imported.code).toBe(0);
  });

  it('scan --json lists every planted identifier in the contract shape', () => {
    const run = kvalkod(['pseudonymise', 'scan', 'p.kvalkod', '--json'], dir);
    expect(run.stderr).toBe('');
    const list = JSON.parse(run.stdout) as CandidateJson[];
    for (const c of list)
      expect(Object.keys(c).sort()).toEqual([
        'count',
        'documents',
        'forms',
        'kind',
        'proposal',
        'text',
      ]);
    const by = new Map(list.map((c) => [c.text, c]));
    expect(by.get('Ingegerd Lövgren')).toMatchObject({
      kind: 'name',
      proposal: 'Person 1',
      documents: ['Intervju A', 'Intervju B'],
    });
    expect(by.get('Ingegerd Lövgren')?.forms).toEqual(
      expect.arrayContaining(['Ingegerd', 'Ingegerds', 'Lövgren']),
    );
    expect(by.get('Sigrid')).toMatchObject({ kind: 'name', proposal: 'Deltagare 1' });
    expect(by.get('Torsten')).toMatchObject({ kind: 'name', proposal: 'Deltagare 2' });
    expect(by.get('070-123 45 67')).toMatchObject({ kind: 'phone', proposal: '[telefon]' });
    expect(by.get('+46 8 123 456 78')).toMatchObject({ kind: 'phone' });
    expect(by.get('ingegerd.lovgren@stad.se')).toMatchObject({
      kind: 'email',
      proposal: '[e-post]',
    });
    expect(by.get('19800101-0019')).toMatchObject({
      kind: 'personnummer',
      proposal: '[personnummer]',
    });
    expect(by.get('701063-2391')).toMatchObject({ proposal: '[samordningsnummer]' });
    expect(by.get('Björkvägen 12 B')).toMatchObject({ kind: 'address' });
    expect(by.get('415 05 Göteborg')).toMatchObject({ kind: 'address' });
    expect(by.get('Storgatan 5')).toMatchObject({ kind: 'address' });
    // The .md transcript: every kind found there too, the speaker and the full name with its forms.
    const inC = (text: string) => by.get(text)?.documents.includes('Intervju C');
    expect(by.get('Margareta')).toMatchObject({ kind: 'name', proposal: 'Deltagare 3' });
    expect(by.get('Gunnel Åkesson')?.forms).toEqual(
      expect.arrayContaining(['Gunnel Åkesson', 'Gunnel Åkessons']),
    );
    expect(by.get('08-765 432 10')).toMatchObject({ kind: 'phone', proposal: '[telefon]' });
    expect(by.get('gunnel@exempel.se')).toMatchObject({ kind: 'email' });
    expect(by.get('197203151233')).toMatchObject({ kind: 'personnummer' });
    expect(by.get('Ekvägen 7 A')).toMatchObject({ kind: 'address' });
    expect(by.get('123 45 Sundsvall')).toMatchObject({ kind: 'address' });
    for (const t of ['Margareta', 'Gunnel Åkesson', '08-765 432 10', '197203151233', 'Ekvägen 7 A'])
      expect(inC(t), t).toBe(true);
    // The transcript that names no one adds no candidate.
    expect(list.filter((c) => c.documents.includes('Ingen nämns'))).toEqual([]);
  });

  it('scan --format csv gives an editable list; apply --map follows the edits', () => {
    const csv = kvalkod(['pseudonymise', 'scan', 'p.kvalkod', '--format', 'csv'], dir);
    expect(csv.code).toBe(0);
    const lines = csv.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('text;kind;count;proposal');
    expect(lines).toContain("'+46 8 123 456 78;phone;1;[telefon]");
    // Edited in a spreadsheet: Torsten kept, Sigrid renamed, an own addition.
    const edited = lines
      .map((l) => (l.startsWith('Torsten;') ? 'Torsten;name;3;' : l))
      .map((l) => (l.startsWith('Sigrid;') ? 'Sigrid;name;3;Informant S' : l))
      .concat(['Treserva;other;0;[system]']);
    writeFileSync(join(dir, 'edited.csv'), iconv.encode(edited.join('\r\n'), 'win1252'));
    const run = kvalkod(
      [
        'pseudonymise',
        'apply',
        'p.kvalkod',
        '--out',
        'mapped.kvalkod',
        '--key',
        'mapped-key.csv',
      ].concat(['--map', 'edited.csv', '--json']),
      dir,
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(report).sort()).toEqual(['documents', 'replaced', 'segments', 'warnings']);
    const text = kvalkod(['text', 'mapped.kvalkod', 'Intervju A'], dir).stdout;
    expect(text).toContain('Informant S: Min mentor Person 1 ringde mig på [telefon]');
    expect(text).toContain('Torsten: Person 1:s mentorskap');
    expect(text).toContain('bodde på [adress], [adress].');
    const md = kvalkod(['text', 'mapped.kvalkod', 'Ingen nämns'], dir).stdout;
    expect(md).toContain('men [system] krånglar');
  });

  it('apply --accept all writes a copy whose bytes hold none of the identifiers, and a key', () => {
    const before = readFileSync(join(dir, 'p.kvalkod'));
    const run = kvalkod(
      [
        'pseudonymise',
        'apply',
        'p.kvalkod',
        '--out',
        'kopia.kvalkod',
        '--key',
        'nyckel.csv',
      ].concat(['--accept', 'all', '--json']),
      dir,
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      documents: number;
      replaced: { kind: string; count: number }[];
      segments: { kept: number; moved: number };
      warnings: string[];
    };
    expect(report.documents).toBe(4);
    expect(report.replaced.map((r) => r.kind)).toEqual([
      'personnummer',
      'phone',
      'email',
      'address',
      'name',
    ]);
    expect(report.warnings[0]).toMatch(/same folder/);
    const bytes = readFileSync(join(dir, 'kopia.kvalkod'));
    for (const s of SECRETS) expect(bytes.includes(Buffer.from(s)), s).toBe(false);
    expect(readFileSync(join(dir, 'p.kvalkod')).equals(before)).toBe(true);
    const key = readFileSync(join(dir, 'nyckel.csv'), 'utf8');
    expect(key).toMatch(/^\uFEFForiginal;pseudonym;kind\r\n/);
    expect(key).toContain('Ingegerd Lövgren;Person 1;name');
    // The copy is a project like any other.
    const info = kvalkod(['info', 'kopia.kvalkod', '--json'], dir);
    expect(JSON.parse(info.stdout)).toMatchObject({ counts: { documents: 4 } });
    const md = kvalkod(['text', 'kopia.kvalkod', 'Intervju C'], dir).stdout;
    expect(md).toContain('Deltagare 3: Det var *Person 2*, hon nås på [telefon] eller [e-post].');
  });

  it('a bad edited list is named by row and column, and nothing is written', () => {
    writeFileSync(join(dir, 'bad.csv'), 'text;kind;count;proposal\nSigrid;person;3;X\n');
    const run = kvalkod(
      [
        'pseudonymise',
        'apply',
        'p.kvalkod',
        '--out',
        'x.kvalkod',
        '--key',
        'x.csv',
        '--map',
        'bad.csv',
      ],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.csv, row 2, column kind \("person"\)/);
    expect(kvalkod(['info', 'x.kvalkod'], dir).code).toBe(1);
  });
});
