import { describe, expect, it } from 'vitest';
import type { Attribute, AttributeType } from '../../../../shared/attributes/types';
import {
  checkValue,
  compileFilenamePattern,
  matchFilename,
  splitValues,
  valueKey,
} from '../../../../shared/attributes/values';

const ROUNDS = ['HT 2016', 'VT 2017', 'HT 2017', 'VT 2018'];

function attr(
  type: AttributeType,
  choices: string[] = [],
): Pick<Attribute, 'name' | 'type' | 'choices'> {
  return { name: 'Egenskap', type, choices };
}

describe('checkValue accepts and normalises', () => {
  it.each<[AttributeType, string, string, string[]?]>([
    ['number', '45', '45'],
    ['number', ' 7,5 ', '7.5'],
    ['number', '7.5', '7.5'],
    ['number', '-3', '-3'],
    ['number', '0,25', '0.25'],
    ['number', '060', '60'],
    ['date', '2017-10-04', '2017-10-04'],
    ['date', '2016-02-29', '2016-02-29'],
    ['date', ' 2018-12-31 ', '2018-12-31'],
    ['category', 'HT2017', 'HT 2017', ROUNDS],
    ['category', 'ht 2017', 'HT 2017', ROUNDS],
    ['category', 'Ht-2017', 'HT 2017', ROUNDS],
    ['category', 'vt_2018', 'VT 2018', ROUNDS],
    ['category', 'HT 2019', 'HT 2019', ROUNDS],
    ['category', 'a\u0308ldre', 'Äldre', ['BOU', 'Äldre']],
    ['category', '  Lindholmen ', 'Lindholmen', []],
    ['text', '  fritt, med komma ', 'fritt, med komma'],
  ])('%s %j -> %j', (type, raw, value, choices) => {
    expect(checkValue(attr(type, choices), raw)).toEqual({ ok: true, value });
  });
});

describe('checkValue refuses', () => {
  it.each<[AttributeType, string, string]>([
    ['number', '', 'Egenskap: the value is empty.'],
    ['text', '   ', 'Egenskap: the value is empty.'],
    ['category', '\t', 'Egenskap: the value is empty.'],
    ['number', 'sju', 'Egenskap: "sju" is not a number.'],
    ['number', '1 000', 'Egenskap: "1 000" is not a number.'],
    ['number', '7,5,1', 'Egenskap: "7,5,1" is not a number.'],
    ['number', '45 min', 'Egenskap: "45 min" is not a number.'],
    ['number', '0x1F', 'Egenskap: "0x1F" is not a number.'],
    ['number', '1e3', 'Egenskap: "1e3" is not a number.'],
    ['number', 'Infinity', 'Egenskap: "Infinity" is not a number.'],
    ['date', '2017-02-30', 'Egenskap: "2017-02-30" is not a date written as YYYY-MM-DD.'],
    ['date', '2017-02-29', 'Egenskap: "2017-02-29" is not a date written as YYYY-MM-DD.'],
    ['date', '2017-13-01', 'Egenskap: "2017-13-01" is not a date written as YYYY-MM-DD.'],
    ['date', '2017-04-31', 'Egenskap: "2017-04-31" is not a date written as YYYY-MM-DD.'],
    ['date', '2017-4-3', 'Egenskap: "2017-4-3" is not a date written as YYYY-MM-DD.'],
    ['date', '04/10/2017', 'Egenskap: "04/10/2017" is not a date written as YYYY-MM-DD.'],
    [
      'date',
      '2017-10-04T10:00',
      'Egenskap: "2017-10-04T10:00" is not a date written as YYYY-MM-DD.',
    ],
  ])('%s %j', (type, raw, message) => {
    const checked = checkValue(attr(type), raw);
    expect(checked).toMatchObject({ ok: false, message });
    // The window words the same refusal from its code, with the attribute and the value.
    if (!checked.ok) expect(checked.problem.params.attribute).toBe('Egenskap');
  });
});

describe('valueKey and splitValues', () => {
  it.each([
    ['HT 2017', 'ht2017'],
    ['vt_2018', 'vt2018'],
    ['Ek.', 'ek'],
    ['O\u0308stra', 'östra'],
  ])('valueKey(%j) = %j', (raw, key) => {
    expect(valueKey(raw)).toBe(key);
  });

  it.each<[string, string[]]>([
    ['BOU; Ek', ['BOU', 'Ek']],
    ['BOU, Ek,Funk', ['BOU', 'Ek', 'Funk']],
    ['BOU | Äldre', ['BOU', 'Äldre']],
    ['BOU;;  ;Ek;', ['BOU', 'Ek']],
    ['Psyk', ['Psyk']],
    ['', []],
  ])('splitValues(%j)', (raw, values) => {
    expect(splitValues(raw)).toEqual(values);
  });
});

describe('compileFilenamePattern', () => {
  it.each<[string, string[]]>([
    [
      '{Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}',
      ['Stadsdelsförvaltning', 'Intervjuomgång', 'Grupp'],
    ],
    ['{ Grupp }', ['Grupp']],
    ['{*}_{Intervjuomgång}_{*}', ['Intervjuomgång']],
    ['Intervju {Grupp} (v2)', ['Grupp']],
    ['{Stadsdelsfo\u0308rvaltning}', ['Stadsdelsförvaltning']],
  ])('%j names %j', (pattern, names) => {
    expect(compileFilenamePattern(pattern).names).toEqual(names);
  });

  it.each([
    ['{}_{Grupp}', /An empty \{\}/],
    ['{ }', /An empty \{\}/],
    ['Intervju', /names no attribute/],
    ['{*}_{*}', /names no attribute/],
    ['{Grupp', /names no attribute/],
  ])('%j is refused', (pattern, message) => {
    expect(() => compileFilenamePattern(pattern)).toThrow(message);
  });
});

describe('matchFilename', () => {
  const three = compileFilenamePattern('{Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}');

  it.each<[string, Record<string, string> | null]>([
    [
      'Lindholmen_HT2017_Chefer.docx',
      { Stadsdelsförvaltning: 'Lindholmen', Intervjuomgång: 'HT2017', Grupp: 'Chefer' },
    ],
    [
      'Östra Göteborg_VT2018_Medarbetare.txt',
      { Stadsdelsförvaltning: 'Östra Göteborg', Intervjuomgång: 'VT2018', Grupp: 'Medarbetare' },
    ],
    [
      'O\u0308stra Go\u0308teborg_VT2018_Medarbetare.txt',
      { Stadsdelsförvaltning: 'Östra Göteborg', Intervjuomgång: 'VT2018', Grupp: 'Medarbetare' },
    ],
    [
      'Lindholmen_HT2017_Chefer',
      { Stadsdelsförvaltning: 'Lindholmen', Intervjuomgång: 'HT2017', Grupp: 'Chefer' },
    ],
    [
      'Majorna_ VT 2017 _Chefer och ledare.rtf',
      { Stadsdelsförvaltning: 'Majorna', Intervjuomgång: 'VT 2017', Grupp: 'Chefer och ledare' },
    ],
    ['Intervju med chefer.docx', null],
    ['Lindholmen_HT2017.docx', null],
  ])('%j', (fileName, values) => {
    expect(matchFilename(three, fileName)).toEqual(values);
  });

  it.each<[string, string, Record<string, string> | null]>([
    ['{*}_{Grupp}', 'Lindholmen_HT2017_Chefer.docx', { Grupp: 'HT2017_Chefer' }],
    ['{*}_{*}_{Grupp}', 'Lindholmen_HT2017_Chefer.docx', { Grupp: 'Chefer' }],
    ['Intervju {Grupp} (v2)', 'Intervju Chefer (v2).docx', { Grupp: 'Chefer' }],
    ['Intervju {Grupp} (v2)', 'Intervju Chefer v2.docx', null],
    ['Östra_{Grupp}', 'O\u0308stra_Chefer.odt', { Grupp: 'Chefer' }],
    ['O\u0308stra_{Grupp}', 'Östra_Chefer.odt', { Grupp: 'Chefer' }],
  ])('%j on %j', (pattern, fileName, values) => {
    expect(matchFilename(compileFilenamePattern(pattern), fileName)).toEqual(values);
  });
});
