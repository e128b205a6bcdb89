import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import {
  PREVIEW_SPEECH_LENGTH,
  detectTurns,
  previewSample,
  shortenSpeech,
} from '../../../../shared/transcript/detect';
import type { DetectionMode } from '../../../../shared/transcript/types';
import { doc, expectWellFormed, slices, type Line } from './fixture';

function detect(lines: Line[], mode: DetectionMode) {
  const d = doc(...lines);
  const detection = detectTurns(d.text, d.paragraphs, mode);
  expectWellFormed(d, detection);
  return { d, detection, cut: slices(d, detection) };
}

describe('detectTurns in other modes', () => {
  const lines: Line[] = ['Inledning', 'I: Hej.', 'Anna: Hej!', 'Tema: lokaler', 'D2: Ja.'];

  it('finds nothing in none mode', () => {
    expect(detect(lines, { kind: 'none' }).detection.turns).toEqual([]);
  });

  it.each<[string[], string[]]>([
    [['interviewer'], ['I']],
    [['name'], ['I', 'Anna']], // names need not repeat when chosen; "Tema" is still no speaker
    [
      ['d-number', 'interviewer'],
      ['I', 'D2'],
    ],
    [[], []],
  ])('applies only the chosen patterns %j', (ids, speakers) => {
    const { detection } = detect(lines, { kind: 'patterns', ids });
    expect(detection.turns.map((t) => t.speaker)).toEqual(speakers);
  });

  it('refuses an unknown pattern id', () => {
    expect(() => detect(lines, { kind: 'patterns', ids: ['klingon'] })).toThrow(/klingon/);
  });

  it.each<[string, string, Line[], [string, string][], string[]]>([
    [
      'a named group',
      String.raw`(?<speaker>Talare \d+)\s*-\s*`,
      ['Talare 1 - Hej.', 'Talare 2 -  Ja.', 'Inte Talare 3 - här'],
      [
        ['Talare 1 - ', 'Hej.'],
        ['Talare 2 -  ', 'Ja.\nInte Talare 3 - här'],
      ],
      ['Talare 1', 'Talare 2'],
    ],
    [
      'group 1',
      String.raw`>>\s*(\w+)\s+`,
      ['>> Eva Hej.', '>>Bo Ja.'],
      [
        ['>> Eva ', 'Hej.'],
        ['>>Bo ', 'Ja.'],
      ],
      ['Eva', 'Bo'],
    ],
    [
      'the whole match',
      String.raw`[A-Z]{2}\d:`,
      ['AB1: Hej.', 'CD2: Ja.', 'kl 10:30: nej'],
      [
        ['AB1: ', 'Hej.'],
        ['CD2: ', 'Ja.\nkl 10:30: nej'],
      ],
      ['AB1', 'CD2'],
    ],
    [
      'plain-mode syntax',
      String.raw`(Fråga|Svar)\:`,
      ['Fråga: Hej?', 'Svar: Ja.', 'Obs: x'],
      [
        ['Fråga: ', 'Hej?'],
        ['Svar: ', 'Ja.\nObs: x'],
      ],
      ['Fråga', 'Svar'],
    ],
  ])('takes labels from a custom regex with %s', (_name, source, lines, expected, speakers) => {
    const { detection, cut } = detect(lines, { kind: 'regex', source });
    expect(cut).toEqual(expected);
    expect(detection.speakers.map((s) => s.label)).toEqual(speakers);
    expect(detection.patternIds).toEqual([]);
  });

  it('only shows a custom regex the start of each paragraph', () => {
    const long = `${'x'.repeat(100)} Anna: hej`;
    expect(
      detect([long], { kind: 'regex', source: String.raw`.*?(?<speaker>Anna):` }).detection.turns,
    ).toEqual([]);
  });

  it.each([
    ['(?<speaker>Anna', /Invalid speaker-label regex .*Anna/],
    ['[A-', /Invalid speaker-label regex/],
    ['   ', /empty/],
  ])('refuses the invalid regex %j with a clear error', (source, message) => {
    const run = () => detect(lines, { kind: 'regex', source });
    expect(run).toThrow(ApiError);
    expect(run).toThrow(message);
  });
});

describe('shortenSpeech', () => {
  const words = 'ord '.repeat(60).trim(); // 239 characters

  it.each([
    ['short speech unchanged', 'Ja, precis.', 20, 'Ja, precis.'],
    ['the space too far back', 'Ja, precis.', 10, 'Ja, precis…'],
    ['exactly the limit', 'abcde', 5, 'abcde'],
    ['cut at a word boundary', 'alfa beta gamma', 12, 'alfa beta…'],
    ['hard cut without a near space', 'x'.repeat(50), 10, `${'x'.repeat(10)}…`],
    [
      'no half surrogate pair',
      `${'x'.repeat(9)}😀yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy`,
      10,
      `${'x'.repeat(9)}…`,
    ],
  ])('%s', (_name, speech, max, expected) => {
    expect(shortenSpeech(speech, max)).toBe(expected);
  });

  it('defaults to about 120 characters', () => {
    const short = shortenSpeech(words);
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(PREVIEW_SPEECH_LENGTH + 1);
    expect(short.length).toBeGreaterThan(PREVIEW_SPEECH_LENGTH - 10);
  });
});

describe('previewSample', () => {
  const d = doc(
    'Intervju med chefer',
    'I:   Välkomna, vi börjar.',
    'IP1: Vi har fått   nya lokaler.',
    'De är\tbra.',
    `IP2: ${'mycket '.repeat(40)}`,
    ...Array.from({ length: 20 }, (_, i) => `D${i + 1}: Svar ${i + 1}.`),
  );
  const detection = detectTurns(d.text, d.paragraphs, { kind: 'auto' });

  it('shows speaker, default role and the first words of each turn, whitespace collapsed', () => {
    const sample = previewSample(d.text, detection, 3);
    expect(sample.map(({ speaker, role }) => [speaker, role])).toEqual([
      ['I', 'interviewer'],
      ['IP1', 'participant'],
      ['IP2', 'participant'],
    ]);
    expect(sample[0]?.speech).toBe('Välkomna, vi börjar.');
    expect(sample[1]?.speech).toBe('Vi har fått nya lokaler. De är bra.');
    expect(sample[2]?.speech).toMatch(/^mycket (mycket )+mycket…$/);
    expect(sample[1]?.start).toBe(d.text.indexOf('IP1:'));
  });

  it.each([
    [undefined, 12],
    [5, 5],
    [100, 23],
    [0, 0],
    [-1, 0],
  ])('returns at most %j turns (%i here)', (max, count) => {
    expect(previewSample(d.text, detection, max)).toHaveLength(count);
  });
});
