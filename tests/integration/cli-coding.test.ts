import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kvalkod, tempDir } from './cli-helper';
import { interviewDocx, TURNS } from './import-fixtures';

interface SegmentJson {
  id: number;
  document: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  coder: string | null;
  codes: { id: number; name: string; number: number | null }[];
  memo: string;
}

const TEXT = TURNS.join('\n');
const span = (needle: string) => {
  const start = TEXT.indexOf(needle);
  return { start: String(start), end: String(start + needle.length) };
};

describe('kvalkod code / autocode / segments / search', () => {
  // One project for the file: CLI runs cost about a second each. The error cases change nothing.
  const dir = tempDir();
  beforeAll(async () => {
    writeFileSync(join(dir, 'Intervju.docx'), await interviewDocx());
    expect(kvalkod(['init', 'p.kvalkod'], dir).code).toBe(0);
    expect(kvalkod(['import', 'p.kvalkod', 'Intervju.docx'], dir).code).toBe(0);
  });

  it('codes a passage, autocodes search hits, and lists and finds them', () => {
    const need = 'Arbetsbelastningen. Vi har för många ärenden per handläggare.';
    const { start, end } = span(need);
    const coded = kvalkod(
      ['code', 'p.kvalkod', '--doc', 'Intervju', '--start', start, '--end', end].concat([
        '--code',
        '3',
        '--code',
        'störst BEHOV',
        '--memo',
        'Tydligt',
      ]),
      dir,
    );
    expect(coded.stderr).toBe('');
    expect(coded.code).toBe(0);
    expect(coded.stdout).toMatch(
      /^Coded passage 1 in Intervju \[\d+, \d+\): Antal medarbetare .*, Störst behov\n$/,
    );

    const auto = kvalkod(
      ['autocode', 'p.kvalkod', 'kontorslandskap*', '--code', 'Lokaler och kontorslandskap'].concat(
        ['--unit', 'sentence'],
      ),
      dir,
    );
    expect(auto.stdout).toBe('1 hit: 1 created, 0 extended, 0 already coded\n');

    const all = JSON.parse(
      kvalkod(['segments', 'p.kvalkod', '--json'], dir).stdout,
    ) as SegmentJson[];
    expect(all.map((s) => [s.text, s.speaker, s.codes.map((c) => c.number ?? c.name)])).toEqual([
      [
        'Men lokalerna är trånga och kontorslandskapet är bullrigt.',
        'IP2',
        ['Lokaler och kontorslandskap'],
      ],
      [need, 'IP1', [3, 'Störst behov']],
    ]);
    expect(Object.keys(all[1] ?? {}).sort()).toEqual(
      ['codes', 'coder', 'document', 'end', 'id', 'memo', 'speaker', 'start', 'text'].sort(),
    );
    expect(all[1]).toMatchObject({
      document: 'Intervju',
      start: Number(start),
      end: Number(end),
      memo: 'Tydligt',
    });
    expect(Object.keys(all[1]?.codes[0] ?? {}).sort()).toEqual(['id', 'name', 'number']);

    const both = JSON.parse(
      kvalkod(['segments', 'p.kvalkod', '--code', '3', '--code', 'Störst behov', '--json'], dir)
        .stdout,
    ) as SegmentJson[];
    expect(both.map((s) => s.id)).toEqual([1]);

    const found = kvalkod(['search', 'p.kvalkod', 'lokalerna', '--json'], dir);
    const hits = JSON.parse(found.stdout) as {
      document: string;
      start: number;
      end: number;
      context: string;
    }[];
    expect(hits).toHaveLength(1);
    expect(Object.keys(hits[0] ?? {}).sort()).toEqual(['context', 'document', 'end', 'start']);
    expect(TEXT.slice(hits[0]?.start, hits[0]?.end)).toBe('lokalerna');
    expect(hits[0]?.context).toContain('Men lokalerna är trånga');
  });

  it.each([
    [
      'an unknown area number',
      ['code', 'p.kvalkod', '--doc', 'Intervju', '--start', '0', '--end', '4', '--code', '99'],
      /no code has the number 99/,
    ],
    [
      'a passage beyond the text',
      ['code', 'p.kvalkod', '--doc', 'Intervju', '--start', '0', '--end', '99999', '--code', '1'],
      /end \(99999\) lies beyond the end/,
    ],
    ['an unreadable query', ['search', 'p.kvalkod', '"lokalerna', '--json'], /closing quote/],
  ])('exits 1 with one readable line for %s', (_label, args, message) => {
    const res = kvalkod(args, dir);
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(message);
    expect(res.stderr).toMatch(/^kvalkod: [^\n]+\n$/);
  });
});
