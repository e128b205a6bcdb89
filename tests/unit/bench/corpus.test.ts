// The benchmark corpus generator: deterministic text, the requested size, the speaker-label forms
// of DOMAIN.md, the search vocabulary, and real .docx files on disk.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import {
  corpusFileName,
  corpusSlot,
  countWords,
  generateCorpus,
  generateTranscriptText,
  type TranscriptParagraph,
} from '../../../bench/corpus/generate';

const words = (model: TranscriptParagraph[]): number =>
  model.reduce((n, p) => n + countWords(p.text), 0);
const plain = (model: TranscriptParagraph[]): string => model.map((p) => p.text).join('\n\n');

// One regex per label style; a document must use exactly one of them for its participants.
const PARTICIPANT_FORMS: [string, RegExp][] = [
  ['ip', /^IP\d+:$/],
  ['deltagare', /^Deltagare \d+:$/],
  ['d', /^D\d+:$/],
  ['chef', /^Chef [A-J]:$/],
  ['name', /^\p{Lu}[\p{L}-]+:$/u],
  ['bracket', /^\[\p{Lu}[\p{L}-]+\]$/u],
];
const INTERVIEWER = new Set(['Intervjuare:', 'I:', '[Intervjuare]']);

describe('countWords', () => {
  it.each([
    ['', 0],
    ['en', 1],
    ['IP1: Ja, precis.', 3],
    ['två\nrader', 2],
    ['  Datum:\t2017-10-12 ', 2],
    ['ord – ord', 3],
  ])('%j has %i words', (text, n) => expect(countWords(text)).toBe(n));
});

describe('generateTranscriptText', () => {
  it('gives the same model for the same seed and another for another seed', () => {
    const a = generateTranscriptText(42, 3000);
    expect(generateTranscriptText(42, 3000)).toEqual(a);
    expect(plain(generateTranscriptText(43, 3000))).not.toBe(plain(a));
  });

  it.each([500, 2000, 10_000])('hits a target of %i words within ten percent', (target) => {
    for (const seed of [1, 2, 3]) {
      const n = words(generateTranscriptText(seed, target));
      expect(n).toBeGreaterThanOrEqual(target * 0.9);
      expect(n).toBeLessThanOrEqual(target * 1.1);
    }
  });

  it('opens turns with one label style per document, 4-10 participants and an interviewer', () => {
    const styles = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const model = generateTranscriptText(seed, 1500);
      const labels = model.flatMap((p) => (p.kind === 'paragraph' && p.label ? [p.label] : []));
      for (const p of model)
        if (p.kind === 'paragraph' && p.label) expect(p.text.startsWith(`${p.label} `)).toBe(true);
      expect(labels.some((l) => INTERVIEWER.has(l))).toBe(true);
      const people = [...new Set(labels.filter((l) => !INTERVIEWER.has(l)))];
      expect(people.length).toBeGreaterThanOrEqual(2);
      expect(people.length).toBeLessThanOrEqual(10);
      const used = PARTICIPANT_FORMS.filter(([, re]) => people.every((l) => re.test(l)));
      // The forms do not overlap, so exactly one of them fits every participant of a document.
      expect(used.length, people.join(' ')).toBe(1);
      styles.add(used[0]?.[0] ?? '');
    }
    expect(styles.size).toBeGreaterThanOrEqual(5);
  });

  it('writes tables as rows of cells without labels, and soft breaks inside paragraphs', () => {
    const model = Array.from({ length: 10 }, (_, i) => generateTranscriptText(i, 4000)).flat();
    const rows = model.filter((p) => p.kind === 'table-row');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.cells.length).toBeGreaterThanOrEqual(2);
      expect(r.text).toBe(r.cells.join('\t'));
      expect('label' in r).toBe(false);
    }
    expect(model.some((p) => p.kind === 'paragraph' && p.text.includes('\n'))).toBe(true);
  });

  it('carries the search vocabulary and the characters å ä ö é –', () => {
    const text = plain(generateTranscriptText(7, 10_000)).toLowerCase();
    const needed = [
      'kommit längst',
      'störst behov',
      'kontorslandskap',
      'introduktionsprogram',
      'mentorskap',
      'ärendehandledning',
      'medhandläggarskap',
      'studenter',
      'traineer',
      'fortbildning',
      'lokaler',
      'arbetsbelastning',
      'personalomsättning',
      'omorganisation',
      'å',
      'ä',
      'ö',
      'é',
      '–',
    ];
    expect(needed.filter((w) => !text.includes(w))).toEqual([]);
  });
});

describe('corpus naming', () => {
  it('names 144 distinct files: 14 districts x 5 rounds x 2 groups plus 4 extra staff groups', () => {
    const names = Array.from({ length: 144 }, (_, i) => corpusFileName(corpusSlot(i)));
    expect(new Set(names).size).toBe(144);
    for (const n of names)
      expect(n).toMatch(/^[\p{L}]+_(HT|VT)20(16|17|18)_(Medarbetare2?|Chefer)\.docx$/u);
    expect(names.filter((n) => n.endsWith('_Chefer.docx'))).toHaveLength(70);
    expect(names.slice(140)).toEqual([
      'Åsdalen_HT2018_Medarbetare2.docx',
      'Björkhage_HT2018_Medarbetare2.docx',
      'Ekeberga_HT2018_Medarbetare2.docx',
      'Fjällsta_HT2018_Medarbetare2.docx',
    ]);
  });
});

describe('generateCorpus', () => {
  it('writes real .docx files whose text is the model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvalkod-corpus-'));
    const result = await generateCorpus(dir, { count: 3, wordsPerDoc: 500, seed: 7 });
    expect(result.files.map((f) => basename(f))).toEqual([
      'Åsdalen_HT2016_Medarbetare.docx',
      'Åsdalen_HT2016_Chefer.docx',
      'Åsdalen_VT2017_Medarbetare.docx',
    ]);
    expect(result.totalWords).toBeGreaterThanOrEqual(3 * 500);
    expect(result.totalWords).toBeLessThanOrEqual(3 * 550);
    for (const f of result.files)
      expect(readFileSync(f).subarray(0, 2).toString('latin1')).toBe('PK');
    const { value } = await mammoth.convertToHtml({ path: result.files[1] ?? '' });
    expect(value).toContain('<h1>Gruppintervju – Åsdalen, HT 2016, Chefer</h1>');
    expect(value).toMatch(/<p><strong>(Intervjuare:|I:|\[Intervjuare\])<\/strong> /);
  });
});
