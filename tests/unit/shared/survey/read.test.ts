import { describe, expect, it } from 'vitest';
import type { Attribute } from '../../../../shared/attributes/types';
import {
  checkMapping,
  describeProblem,
  readSurvey,
  type SheetInput,
} from '../../../../shared/survey/read';
import type { CellProblem, SurveyMapping } from '../../../../shared/survey/types';
import { AREAS } from './fixture';

const HEADER = ['ID', 'Roll', 'Verksamhetsområde', 'Längst 1', 'Längst 2', 'Längst 3', 'Skillnad'];
const MAPPING: SurveyMapping = {
  idColumn: 'ID',
  attributes: ['Roll', 'Verksamhetsområde'],
  ranked: [{ name: 'Längst', columns: ['Längst 1', 'Längst 2', 'Längst 3'] }],
  text: ['Skillnad'],
};

function sheet(rows: string[][], header = HEADER): SheetInput {
  return { header, rows, rowNumbers: rows.map((_, i) => i + 2) };
}

describe('readSurvey reads respondents', () => {
  it('reads numbers and labels, empty cells as no answer, open answers normalised', () => {
    const read = readSurvey(
      sheet([
        ['1', 'Chef', 'BOU', '2', '13. Lämpliga lokaler', '', ''],
        ['2', 'Medarbetare', '', ' 5 ', '', 'medhandläggarskap', 'Ja.\r\nMycket.'],
        ['3', '', '', '', '', '', '  '],
      ]),
      MAPPING,
      AREAS,
    );
    expect(read.problems).toEqual([]);
    expect(read.respondents).toEqual([
      {
        row: 2,
        id: '1',
        attributes: { Roll: ['Chef'], Verksamhetsområde: ['BOU'] },
        ranked: { Längst: [2, 13, null] },
        text: {},
      },
      {
        row: 3,
        id: '2',
        attributes: { Roll: ['Medarbetare'] },
        ranked: { Längst: [5, null, 9] },
        text: { Skillnad: 'Ja.\nMycket.' },
      },
      { row: 4, id: '3', attributes: {}, ranked: { Längst: [null, null, null] }, text: {} },
    ]);
  });

  it('splits values of a multiple attribute and takes the known spelling of a category', () => {
    const attributes: Attribute[] = [
      {
        id: 1,
        name: 'Verksamhetsområde',
        type: 'category',
        multiple: true,
        choices: ['BOU', 'Ek'],
      },
      { id: 2, name: 'roll', type: 'category', multiple: false, choices: ['Chef'] },
    ];
    const read = readSurvey(
      sheet([['1', 'chef', 'bou, Ek', '', '', '', '']]),
      MAPPING,
      AREAS,
      attributes,
    );
    expect(read.respondents[0]?.attributes).toEqual({
      Roll: ['Chef'],
      Verksamhetsområde: ['BOU', 'Ek'],
    });
  });
});

describe('readSurvey lists every bad cell', () => {
  it.each<[string, string[][], CellProblem[]]>([
    [
      'an area number that does not exist',
      [['1', '', '', '15', '', '', '']],
      [{ row: 2, column: 'Längst 1', value: '15', reason: 'no_area' }],
    ],
    [
      'a label that matches no area',
      [['1', '', '', 'Lön', '', '', '']],
      [{ row: 2, column: 'Längst 1', value: 'Lön', reason: 'no_area' }],
    ],
    [
      'an empty ID',
      [['', '', '', '1', '', '', '']],
      [{ row: 2, column: 'ID', value: '', reason: 'missing_id' }],
    ],
    [
      'an ID used twice',
      [
        ['7', '', '', '', '', '', ''],
        ['8', '', '', '', '', '', ''],
        ['7', '', '', '', '', '', ''],
      ],
      [{ row: 4, column: 'ID', value: '7', reason: 'duplicate_id' }],
    ],
    [
      'the same area twice in one question',
      [['1', '', '', '2', 'Introduktionsprogram och mentorskap för nyanställda', '2', '']],
      [
        {
          row: 2,
          column: 'Längst 2',
          value: 'Introduktionsprogram och mentorskap för nyanställda',
          reason: 'repeated_area',
        },
        { row: 2, column: 'Längst 3', value: '2', reason: 'repeated_area' },
      ],
    ],
  ])('%s', (_, rows, expected) => {
    expect(readSurvey(sheet(rows), MAPPING, AREAS).problems).toEqual(expected);
  });

  it('finds all of them at once, in row and column order', () => {
    const read = readSurvey(
      sheet([
        ['1', '', '', '2', '2', '99', ''],
        ['', '', '', 'x', '', '', ''],
        ['1', '', '', '', '', '', ''],
      ]),
      MAPPING,
      AREAS,
    );
    expect(read.problems.map(describeProblem)).toEqual([
      'row 2, column Längst 2: "2" names the same area twice in one question',
      'row 2, column Längst 3: "99" matches no area',
      'row 3, column ID: the respondent ID is empty',
      'row 3, column Längst 1: "x" matches no area',
      'row 4, column ID: the ID "1" is used by an earlier row too',
    ]);
  });

  it('checks values of an existing number or date attribute', () => {
    const attributes: Attribute[] = [
      { id: 1, name: 'Roll', type: 'number', multiple: false, choices: [] },
    ];
    expect(
      readSurvey(sheet([['1', 'Chef', '', '', '', '', '']]), MAPPING, AREAS, attributes).problems,
    ).toEqual([{ row: 2, column: 'Roll', value: 'Chef', reason: 'bad_value' }]);
  });
});

describe('checkMapping', () => {
  it.each<[string, Partial<SurveyMapping>, string[]]>([
    ['the proposal fits', {}, []],
    ['no ID column', { idColumn: '' }, ['Choose the ID column.']],
    [
      'a column not in the sheet',
      { attributes: ['Kön'] },
      ['There is no column "Kön" in the sheet.'],
    ],
    [
      'a column used twice',
      { text: ['Roll'] },
      ['Column "Roll" is both an attribute and an open question.'],
    ],
    [
      'a ranked question named like an open one',
      { ranked: [{ name: 'skillnad', columns: ['Längst 1'] }] },
      ['Two questions are named "skillnad"; question names must differ.'],
    ],
  ])('%s', (_, change, expected) => {
    expect(checkMapping(HEADER, { ...MAPPING, ...change })).toEqual(expected);
  });

  it('refuses a repeated header it would read', () => {
    expect(
      checkMapping(['ID', 'Roll', 'Roll'], {
        idColumn: 'ID',
        attributes: ['Roll'],
        ranked: [],
        text: [],
      }),
    ).toEqual(['2 columns are named "Roll"; give them different headers.']);
  });
});
