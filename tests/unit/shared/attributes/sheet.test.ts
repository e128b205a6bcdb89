import { describe, expect, it } from 'vitest';
import { planSheet, type SheetInput } from '../../../../shared/attributes/sheet';
import type { Attribute } from '../../../../shared/attributes/types';

const DOCS = [
  { id: 1, name: 'Lindholmen HT 2017 chefer', sourceName: 'Lindholmen_HT2017_Chefer.docx' },
  { id: 2, name: 'Intervju 2', sourceName: 'Östra Göteborg_VT2018_Medarbetare.txt' },
  { id: 3, name: 'Fältanteckningar', sourceName: 'anteckningar.rtf' },
];

const ATTRS: Attribute[] = [
  {
    id: 1,
    name: 'Intervjuomgång',
    type: 'category',
    multiple: false,
    choices: ['HT 2017', 'VT 2018'],
  },
  {
    id: 2,
    name: 'Verksamhetsområden',
    type: 'category',
    multiple: true,
    choices: ['BOU', 'Ek', 'Äldre'],
  },
  { id: 3, name: 'Datum', type: 'date', multiple: false, choices: [] },
  { id: 4, name: 'Längd', type: 'number', multiple: false, choices: [] },
];

function sheet(header: string[], rows: string[][], rowNumbers?: number[]): SheetInput {
  return { header, rows, rowNumbers: rowNumbers ?? rows.map((_, i) => i + 2) };
}

describe('planSheet finds documents', () => {
  it.each<[string, number]>([
    ['Lindholmen HT 2017 chefer', 1],
    ['lindholmen ht 2017 CHEFER', 1],
    ['Lindholmen_HT2017_Chefer.docx', 1],
    ['Lindholmen_HT2017_Chefer', 1],
    ['LINDHOLMEN_HT2017_CHEFER.DOCX', 1],
    ['intervju 2', 2],
    ['Östra Göteborg_VT2018_Medarbetare', 2],
    ['o\u0308stra göteborg_vt2018_medarbetare.TXT', 2],
    ['Anteckningar', 3],
  ])('%j is document %i', (name, id) => {
    const plan = planSheet(sheet(['Dokument', 'Längd'], [[name, '45']]), DOCS, ATTRS);
    expect(plan.unknownDocuments).toEqual([]);
    expect(plan.assignments).toEqual([{ documentId: id, attribute: 'Längd', values: ['45'] }]);
  });

  it('lists names that match no document, in sheet order', () => {
    const plan = planSheet(
      sheet(
        ['Dokument', 'Längd'],
        [
          ['Intervju 3', '10'],
          ['Intervju 2', '20'],
          ['Majorna.docx', '30'],
        ],
      ),
      DOCS,
      ATTRS,
    );
    expect(plan.unknownDocuments).toEqual(['Intervju 3', 'Majorna.docx']);
    expect(plan.assignments).toEqual([{ documentId: 2, attribute: 'Längd', values: ['20'] }]);
    expect(plan.errors).toEqual([]);
  });
});

describe('planSheet columns', () => {
  it.each<[string[], string[], string[]]>([
    [['Dokument', 'Längd', 'Ort'], ['Ort'], ['Längd', 'Ort']],
    [['Dokument', 'längd', 'INTERVJUOMGÅNG'], [], ['Längd', 'Intervjuomgång']],
    [
      ['Dokument', 'Ort', 'Kön', ''],
      ['Ort', 'Kön'],
      ['Ort', 'Kön'],
    ],
    [['Dokument', 'Ort', 'ort', 'O R T'], ['Ort'], ['Ort', 'Ort', 'Ort']],
    [['Dokument', '  ', 'Längd'], [], ['Längd']],
  ])('header %j: new %j, assigned %j', (header, newAttributes, assigned) => {
    const row = ['Intervju 2', ...header.slice(1).map((_, i) => String(i + 1))];
    const plan = planSheet(sheet(header, [row]), DOCS, ATTRS);
    expect(plan.newAttributes).toEqual(newAttributes);
    expect(plan.assignments.map((a) => a.attribute)).toEqual(assigned);
    expect(plan.errors).toEqual([]);
  });

  it('keeps a new column as written, as one category value', () => {
    const plan = planSheet(
      sheet(['Dokument', 'Ort'], [['Intervju 2', 'Hisingen; Backa']]),
      DOCS,
      ATTRS,
    );
    expect(plan.assignments).toEqual([
      { documentId: 2, attribute: 'Ort', values: ['Hisingen; Backa'] },
    ]);
  });
});

describe('planSheet cells', () => {
  it.each<[string, string, string[]]>([
    ['Verksamhetsområden', 'BOU; Ek', ['BOU', 'Ek']],
    ['Verksamhetsområden', 'bou, äldre,Funk', ['BOU', 'Äldre', 'Funk']],
    ['Verksamhetsområden', 'Ek', ['Ek']],
    ['Intervjuomgång', 'ht2017', ['HT 2017']],
    ['Intervjuomgång', 'HT 2017; VT 2018', ['HT 2017; VT 2018']],
    ['Längd', '7,5', ['7.5']],
    ['Datum', '2018-03-01', ['2018-03-01']],
  ])('%s %j -> %j', (column, cell, values) => {
    const plan = planSheet(sheet(['Dokument', column], [['Intervju 2', cell]]), DOCS, ATTRS);
    expect(plan.errors).toEqual([]);
    expect(plan.assignments).toEqual([{ documentId: 2, attribute: column, values }]);
  });

  it('ignores blank cells', () => {
    const plan = planSheet(
      sheet(
        ['Dokument', 'Längd', 'Datum', 'Verksamhetsområden'],
        [['Intervju 2', '', '  ', ' ; ']],
      ),
      DOCS,
      ATTRS,
    );
    expect(plan).toEqual({ assignments: [], newAttributes: [], unknownDocuments: [], errors: [] });
  });

  it('reports every bad cell with its sheet row and column', () => {
    const plan = planSheet(
      sheet(
        ['Dokument', 'Längd', 'Datum'],
        [
          ['Intervju 2', 'lång', '2017-02-30'],
          ['Okänd', 'x', 'y'],
          ['Anteckningar', '62', '2017-10-04'],
          ['Lindholmen_HT2017_Chefer', '45', '4 okt 2017'],
        ],
        [3, 5, 6, 9],
      ),
      DOCS,
      ATTRS,
    );
    expect(plan.errors).toEqual([
      {
        row: 3,
        column: 'Längd',
        value: 'lång',
        message: 'Längd: "lång" is not a number.',
        problem: { code: 'valueNotNumber', params: { attribute: 'Längd', value: 'lång' } },
      },
      {
        row: 3,
        column: 'Datum',
        value: '2017-02-30',
        message: 'Datum: "2017-02-30" is not a date written as YYYY-MM-DD.',
        problem: { code: 'valueNotDate', params: { attribute: 'Datum', value: '2017-02-30' } },
      },
      {
        row: 9,
        column: 'Datum',
        value: '4 okt 2017',
        message: 'Datum: "4 okt 2017" is not a date written as YYYY-MM-DD.',
        problem: { code: 'valueNotDate', params: { attribute: 'Datum', value: '4 okt 2017' } },
      },
    ]);
    expect(plan.unknownDocuments).toEqual(['Okänd']);
    expect(plan.assignments).toEqual([
      { documentId: 3, attribute: 'Längd', values: ['62'] },
      { documentId: 3, attribute: 'Datum', values: ['2017-10-04'] },
      { documentId: 1, attribute: 'Längd', values: ['45'] },
    ]);
  });

  it('names the column as the header writes it', () => {
    const plan = planSheet(
      sheet(['Dokument', 'längd'], [['Intervju 2', 'kort']], [12]),
      DOCS,
      ATTRS,
    );
    expect(plan.errors).toEqual([
      {
        row: 12,
        column: 'längd',
        value: 'kort',
        message: 'Längd: "kort" is not a number.',
        problem: { code: 'valueNotNumber', params: { attribute: 'Längd', value: 'kort' } },
      },
    ]);
  });
});
