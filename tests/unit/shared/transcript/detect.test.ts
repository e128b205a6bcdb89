import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../../../shared/transcript/detect';
import type { DetectionMode } from '../../../../shared/transcript/types';
import { doc, expectWellFormed, heading, item, row, slices, type Line } from './fixture';

const AUTO: DetectionMode = { kind: 'auto' };

function detect(lines: Line[], mode: DetectionMode = AUTO) {
  const d = doc(...lines);
  const detection = detectTurns(d.text, d.paragraphs, mode);
  expectWellFormed(d, detection);
  return { d, detection, cut: slices(d, detection) };
}

describe('detectTurns in auto mode', () => {
  it.each<[string, Line[], [string, string][]]>([
    ['one known label', ['I: Hej.'], [['I: ', 'Hej.']]],
    [
      'a turn over paragraphs',
      ['I: Fråga.', 'D1: Svar ett.', 'Och mer.', 'Och mer till.'],
      [
        ['I: ', 'Fråga.'],
        ['D1: ', 'Svar ett.\nOch mer.\nOch mer till.'],
      ],
    ],
    [
      'text before the first label',
      ['Intervju 3, HT 2017', 'Närvarande: fem', 'I: Hej.'],
      [['I: ', 'Hej.']],
    ],
    [
      'a turn ending at the end of the text',
      ['I: Fråga?', 'IP2: Svar.', 'Sista raden'],
      [
        ['I: ', 'Fråga?'],
        ['IP2: ', 'Svar.\nSista raden'],
      ],
    ],
    [
      'trailing blank paragraphs',
      ['I: Fråga?', '', '  ', 'IP2: Svar.', ''],
      [
        ['I: ', 'Fråga?'],
        ['IP2: ', 'Svar.'],
      ],
    ],
    [
      'a label alone in its paragraph',
      ['[Anna]', 'Jag tycker att...', 'I: Mm.'],
      [
        ['[Anna]', '\nJag tycker att...'],
        ['I: ', 'Mm.'],
      ],
    ],
    [
      'a soft line break after the label',
      ['Chef A:\nVi har stöd.'],
      [['Chef A:', '\nVi har stöd.']],
    ],
    [
      'a heading inside a turn',
      ['I: Fråga.', heading('Del 2'), 'Mer.'],
      [['I: ', 'Fråga.\nDel 2\nMer.']],
    ],
    [
      'a list item opening a turn',
      [item('Deltagare 1: Ja.'), 'I: Ok.'],
      [
        ['Deltagare 1: ', 'Ja.'],
        ['I: ', 'Ok.'],
      ],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(detect(lines).cut).toEqual(expected);
  });

  it.each<[string, Line[]]>([
    ['a label in a table row', [row('I: Intervjuare'), row('D1: Deltagare ett')]],
    ['a label in a heading', [heading('Intervjuare: Eva'), heading('IP1: bakgrund')]],
    [
      'a mid-sentence colon',
      ['Vi hade möte kl 10:30 och sa: nej', 'Vi hade möte kl 10:30 och sa: nej'],
    ],
    ['a time at paragraph start', ['10:30: Vi börjar.', '10:45: Paus.', 'kl 11:00: slut']],
    ['a one-off note', ['Obs: bandet tog slut här.', 'Resten saknas.']],
    ['a one-off name-like heading', ['Bakgrund: Stadsdelen har...', 'Lokaler: Nya kontor.']],
    ['repeated note words', ['Obs: ett', 'Obs: två', 'Tema: lokaler', 'Tema: lön']],
    ['a URL', ['https://example.se/rapport', 'Https://example.se/bilaga', 'Https://example.se/x']],
    ['a one-off name', ['Anna: Vi har trivselgrupp.', 'Det är bra.']],
    ['a transcriber annotation', ['[Skratt]', '[Paus] fortsätter', '[Ohörbart]']],
  ])('finds no turn in %s', (_name, lines) => {
    expect(detect(lines).detection).toEqual({ turns: [], speakers: [], patternIds: [] });
  });

  it('trusts a name-like label that repeats, and then one-off names beside it', () => {
    const { detection } = detect([
      'Anna: Ett.',
      'Bertil: Två.',
      'Anna: Tre.',
      'Obs: bandet',
      'Åsa: Fyra.',
    ]);
    expect(detection.turns.map((t) => t.speaker)).toEqual(['Anna', 'Bertil', 'Anna', 'Åsa']);
    expect(detection.patternIds).toEqual(['name']);
  });

  it('keeps a one-off name out when the only other labels are known forms', () => {
    const { detection } = detect(['I: Hej.', 'Tema: lokaler', 'IP1: Ja.', 'Sammanhang: x']);
    expect(detection.turns.map((t) => t.speaker)).toEqual(['I', 'IP1']);
    expect(detection.turns[0]?.end).toBe('I: Hej.\nTema: lokaler'.length);
  });

  it('merges labels that differ in case or spacing into the first spelling', () => {
    const { detection } = detect([
      'IP 1: Ett.',
      'ANNA: Två.',
      'IP1: Tre.',
      'Anna: Fyra.',
      '[Anna] Fem.',
      'Intervjuare: Sex.',
    ]);
    expect(detection.turns.map((t) => t.speaker)).toEqual([
      'IP1',
      'ANNA',
      'IP1',
      'ANNA',
      'ANNA',
      'Intervjuare',
    ]);
    expect(detection.speakers).toEqual([
      { label: 'IP1', role: 'participant', turns: 2 },
      { label: 'ANNA', role: 'participant', turns: 3 },
      { label: 'Intervjuare', role: 'interviewer', turns: 1 },
    ]);
    expect(detection.patternIds).toEqual(['interviewer', 'ip', 'bracketed', 'name']);
  });
});

describe('detectTurns on a long transcript', () => {
  it('finds every turn of 2,000 paragraphs and 300,000 characters', () => {
    const speakers = ['I', 'IP1', 'IP2', 'Deltagare 3', 'D4', 'Chef A', '[Åsa]'];
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const words = `ord${i} `.repeat(21).trim();
      // Every third paragraph continues the turn before it.
      lines.push(
        i % 3 === 2 ? `Fortsättning ${words}` : `${speakers[i % speakers.length] ?? 'I'}: ${words}`,
      );
    }
    const { d, detection } = detect(lines);
    expect(d.text.length).toBeGreaterThan(300_000);
    expect(d.paragraphs).toHaveLength(2000);
    expect(detection.turns).toHaveLength(1334);
    expect(detection.speakers.map((s) => s.label)).toEqual(
      // In order of first appearance.
      ['I', 'IP1', 'Deltagare 3', 'D4', 'Åsa', 'IP2', 'Chef A'],
    );
    const last = detection.turns.at(-1);
    expect(last?.end).toBe(d.text.length);
  });
});
