// The example project material in resources/examples: hand-written transcripts of the right size
// and naming, each with a row in attribut.csv, so "Öppna exempelprojekt" has nothing to trip over.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../bench/corpus/generate';

const DIR = join(import.meta.dirname, '../../../resources/examples');
const transcripts = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md');
const stem = (f: string): string => f.replace(/\.(txt|md)$/, '');
const LABEL = /^(Intervjuare:|I:|IP\d+:|Deltagare \d+:|D\d+:|Chef [A-Z]:|\p{Lu}\p{Ll}+:) /u;

describe('resources/examples', () => {
  it('holds 5 or 6 transcripts named {Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}', () => {
    expect(transcripts.length).toBeGreaterThanOrEqual(5);
    expect(transcripts.length).toBeLessThanOrEqual(6);
    for (const f of transcripts) {
      expect(f).toMatch(/^\p{Lu}\p{Ll}+_(HT|VT)20\d\d_(Medarbetare|Chefer)\.(txt|md)$/u);
      expect(f.normalize('NFC')).toBe(f);
    }
  });

  it.each(transcripts)('%s has 1,200-2,500 words in labelled turns', (f) => {
    const text = readFileSync(join(DIR, f), 'utf8');
    expect(countWords(text)).toBeGreaterThanOrEqual(1200);
    expect(countWords(text)).toBeLessThanOrEqual(2500);
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const labels = paragraphs.flatMap((p) => LABEL.exec(p)?.[1] ?? []);
    const interviewer = labels.filter((l) => l === 'Intervjuare:' || l === 'I:');
    expect(interviewer.length).toBeGreaterThan(5);
    expect(new Set(labels).size - new Set(interviewer).size).toBeGreaterThanOrEqual(4);
    // Paragraphs are separated by blank lines: no paragraph holds a second speaker turn.
    for (const p of paragraphs)
      expect(
        p
          .split('\n')
          .slice(1)
          .some((l) => LABEL.test(l)),
      ).toBe(false);
  });

  it('has one attribute row per transcript, with the documented columns and forms', () => {
    const csv = readFileSync(join(DIR, 'attribut.csv'), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'Dokument',
      'Stadsdelsförvaltning',
      'Intervjuomgång',
      'Grupp',
      'Verksamhetsområden',
      'Datum',
    ]);
    expect(parsed.data.map((r) => r.Dokument).sort()).toEqual(transcripts.map(stem).sort());
    for (const r of parsed.data) {
      expect(r.Dokument).toBe(
        `${r.Stadsdelsförvaltning}_${r.Intervjuomgång?.replace(' ', '')}_${r.Grupp}`,
      );
      expect(r.Intervjuomgång).toMatch(/^(HT|VT) 20(16|17|18)$/);
      expect(r.Datum).toMatch(/^20\d\d-\d\d-\d\d$/);
      for (const v of r.Verksamhetsområden?.split(';') ?? []) {
        expect(['BOU', 'Ek', 'Funk', 'Psyk', 'Vuxen', 'Äldre']).toContain(v);
      }
    }
  });
});
