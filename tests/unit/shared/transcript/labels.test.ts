import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../../../shared/transcript/detect';
import {
  LABEL_PATTERNS,
  defaultRole,
  findLabelPattern,
  isNotSpeakerWord,
  isPlausibleLabel,
  labelKey,
  normaliseLabel,
} from '../../../../shared/transcript/labels';
import { doc, slices } from './fixture';

describe('normaliseLabel', () => {
  it.each([
    ['Anna', 'Anna'],
    ['  Anna  ', 'Anna'],
    ['Anna:', 'Anna'],
    ['Anna :', 'Anna'],
    ['[Anna]', 'Anna'],
    ['[Anna]:', 'Anna'],
    ['[ Deltagare 2 ]', 'Deltagare 2'],
    ['(Anna)', 'Anna'],
    ['Anna   K', 'Anna K'],
    ['Anna\u00a0K', 'Anna K'],
    ['IP 1', 'IP1'],
    ['IP1', 'IP1'],
    ['ip 12', 'ip12'],
    ['D 3', 'D3'],
    ['Deltagare3', 'Deltagare 3'],
    ['Deltagare  3', 'Deltagare 3'],
    ['Chef2', 'Chef 2'],
    ['ANNA', 'ANNA'],
    ['Åsa', 'Åsa'],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseLabel(raw)).toBe(expected);
  });

  it('keys labels that differ only in case alike, and others apart', () => {
    expect(labelKey('ANNA')).toBe(labelKey('anna'));
    expect(labelKey('ÅSA')).toBe(labelKey('Åsa'));
    expect(labelKey('Anna')).not.toBe(labelKey('Anne'));
  });
});

describe('isPlausibleLabel', () => {
  it.each([
    ['I', true],
    ['Deltagare 3', true],
    ['Anna-Karin K.', true],
    ['Anna K', true],
    ['Örjan', true],
    ['Chef A', true],
    ['', false],
    ['10:30', false],
    ['10.30', false],
    ['12', false],
    ['Vi hade möte kl 10', false], // five words
    ['En mycket lång etikett som inte är ett namn', false],
    ['Anna, Bertil', false],
    ['Vad sa du?', false],
    ['Hej. Vi', false],
    ['bl.a', false],
    ['https//x', false],
  ])('%j -> %j', (label, expected) => {
    expect(isPlausibleLabel(label)).toBe(expected);
  });
});

describe('isNotSpeakerWord', () => {
  it.each([
    ['Obs', true],
    ['OBS', true],
    ['Tema', true],
    ['Bakgrund', true],
    ['Skratt', true],
    ['Anna', false],
    ['Intervjuare', false],
  ])('%j -> %j', (label, expected) => {
    expect(isNotSpeakerWord(label)).toBe(expected);
  });
});

describe('defaultRole', () => {
  it.each([
    ['I', 'interviewer'],
    ['i', 'interviewer'],
    ['Intervjuare', 'interviewer'],
    ['INTERVJUARE', 'interviewer'],
    ['Intervjuaren', 'interviewer'],
    ['Int', 'interviewer'],
    ['Moderator', 'interviewer'],
    ['Interviewer', 'interviewer'],
    ['Intervjuare 2', 'interviewer'],
    ['[I]', 'interviewer'],
    ['IP1', 'participant'],
    ['Ingrid', 'participant'],
    ['Deltagare 1', 'participant'],
    ['Chef A', 'participant'],
    ['Anna', 'participant'],
  ] as const)('%j -> %s', (label, role) => {
    expect(defaultRole(label)).toBe(role);
  });
});

/** Runs one built-in pattern on a single paragraph followed by speech. */
function one(id: string, line: string) {
  const d = doc(line, 'och så vidare');
  const detection = detectTurns(d.text, d.paragraphs, { kind: 'patterns', ids: [id] });
  return { d, detection, turn: detection.turns[0] };
}

describe('built-in label patterns', () => {
  it('have unique ids, both display labels, and sources anchored at the paragraph start', () => {
    expect(new Set(LABEL_PATTERNS.map((p) => p.id)).size).toBe(LABEL_PATTERNS.length);
    for (const p of LABEL_PATTERNS) {
      expect(p.label.sv.length * p.label.en.length).toBeGreaterThan(0);
      expect(p.source.startsWith('^')).toBe(true);
      expect(new RegExp(p.source, 'u').exec(`x ${p.label.sv}`)).toBeNull();
    }
    expect(findLabelPattern('name')?.trustedAlone).toBe(false);
    expect(findLabelPattern('nope')).toBeUndefined();
  });

  it.each([
    ['interviewer', 'I: Välkomna hit.', 'I: ', 'I'],
    ['interviewer', 'I:Välkomna hit.', 'I:', 'I'],
    ['interviewer', 'Intervjuare: Välkomna.', 'Intervjuare: ', 'Intervjuare'],
    ['interviewer', 'Intervjuaren : Välkomna.', 'Intervjuaren : ', 'Intervjuaren'],
    ['interviewer', 'INTERVJUARE: Välkomna.', 'INTERVJUARE: ', 'INTERVJUARE'],
    ['interviewer', 'Int: Välkomna.', 'Int: ', 'Int'],
    ['interviewer', 'Moderator:  Välkomna.', 'Moderator:  ', 'Moderator'],
    ['interviewer', 'Intervjuare 2: Och ni?', 'Intervjuare 2: ', 'Intervjuare 2'],
    ['ip', 'IP1: Ja.', 'IP1: ', 'IP1'],
    ['ip', 'IP 1: Ja.', 'IP 1: ', 'IP1'],
    ['ip', 'IP12 : Ja.', 'IP12 : ', 'IP12'],
    ['deltagare', 'Deltagare 3: Vi har mentorer.', 'Deltagare 3: ', 'Deltagare 3'],
    ['deltagare', 'Deltagare3: Vi har mentorer.', 'Deltagare3: ', 'Deltagare 3'],
    ['deltagare', 'Deltagare B: Vi har mentorer.', 'Deltagare B: ', 'Deltagare B'],
    ['d-number', 'D3: Lokalerna är trånga.', 'D3: ', 'D3'],
    ['d-number', 'D 3: Lokalerna är trånga.', 'D 3: ', 'D3'],
    ['chef', 'Chef A: Vi har fått stöd.', 'Chef A: ', 'Chef A'],
    ['chef', 'Chef 2: Vi har fått stöd.', 'Chef 2: ', 'Chef 2'],
    ['chef', 'Enhetschef B: Vi har fått stöd.', 'Enhetschef B: ', 'Enhetschef B'],
    ['bracketed', '[Anna] Jag håller med.', '[Anna] ', 'Anna'],
    ['bracketed', '[Anna]: Jag håller med.', '[Anna]: ', 'Anna'],
    ['bracketed', '[Deltagare 2] Jag håller med.', '[Deltagare 2] ', 'Deltagare 2'],
    ['bracketed', '[Anna-Karin K.] Jag håller med.', '[Anna-Karin K.] ', 'Anna-Karin K.'],
    ['name', 'Anna: Vi har trivselgrupp.', 'Anna: ', 'Anna'],
    ['name', 'Anna-Karin: Vi har trivselgrupp.', 'Anna-Karin: ', 'Anna-Karin'],
    ['name', 'Anna K: Vi har trivselgrupp.', 'Anna K: ', 'Anna K'],
    ['name', 'Anna K.: Vi har trivselgrupp.', 'Anna K.: ', 'Anna K.'],
    ['name', 'Anna Karlsson: Vi har trivselgrupp.', 'Anna Karlsson: ', 'Anna Karlsson'],
    ['name', 'ANNA: Vi har trivselgrupp.', 'ANNA: ', 'ANNA'],
    ['name', 'Åsa: Det är tungt.', 'Åsa: ', 'Åsa'],
    ['name', 'Örjan: Det är tungt.', 'Örjan: ', 'Örjan'],
    ['name', 'Ärla-Östen: Det är tungt.', 'Ärla-Östen: ', 'Ärla-Östen'],
    // Timestamps from transcription services are kept in the label span but not in the name.
    ['name', '00:12:31 Anna: Ja.', '00:12:31 Anna: ', 'Anna'],
    ['interviewer', '[00:12:31] I: Nästa fråga.', '[00:12:31] I: ', 'I'],
    ['d-number', '(12:31) - D3: Ja.', '(12:31) - D3: ', 'D3'],
    ['bracketed', '[00:01:02.5] [Anna] Ja.', '[00:01:02.5] [Anna] ', 'Anna'],
  ])('%s takes %j', (id, line, written, speaker) => {
    const { d, detection, turn } = one(id, line);
    expect(turn?.speaker).toBe(speaker);
    expect(slices(d, detection)[0]?.[0]).toBe(written);
    expect(detection.patternIds).toEqual([id]);
  });

  it.each([
    ['interviewer', 'i: liten bokstav'],
    ['interviewer', 'Ingrid: ett namn'],
    ['interviewer', 'I 10:30 kom vi'],
    ['ip', 'IPA: inte ett nummer'],
    ['ip', 'IP1 sa att det var bra'],
    ['deltagare', 'Deltagare: Anna, Bertil, Cecilia'],
    ['deltagare', 'Deltagarna: fem stycken'],
    ['d-number', 'D-nummer: 3'],
    ['d-number', 'D3:30 är tiden'],
    ['chef', 'Chefen: sa ingenting'],
    ['chef', 'Chef: en roll utan nummer'],
    ['bracketed', '[skratt] ja precis'],
    ['bracketed', '[Skratt] ja precis'],
    ['bracketed', '[1] Se bilaga.'],
    ['bracketed', '[00:12:31] ingen etikett'],
    ['bracketed', '[Anna sa: nej] ja'],
    ['name', 'Vi hade möte kl 10:30 och sa: nej'],
    ['name', 'anna: liten bokstav'],
    ['name', 'Https://example.se/sida'],
    ['name', 'Obs: bandet tog slut'],
    ['name', 'Tema: lokaler'],
    ['name', 'Anna sa: nej'],
    ['name', 'Anna Karin Berit Svensson: för många ord'],
    ['name', '10:30: Vi börjar'],
  ])('%s leaves %j', (id, line) => {
    expect(one(id, line).detection.turns).toEqual([]);
  });
});
