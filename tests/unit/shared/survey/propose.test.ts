import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../../shared/survey/propose';
import { AREAS } from './fixture';

const LONG = 'Vi fick en mentor det första halvåret och det gjorde stor skillnad för mig.';

/** Rows from a column -> cells list; every column as long as the longest. */
function sheet(columns: Record<string, string[]>) {
  const header = Object.keys(columns);
  const length = Math.max(...Object.values(columns).map((c) => c.length));
  const rows = Array.from({ length }, (_, r) => header.map((h) => columns[h]?.[r] ?? ''));
  return { header, rows };
}

const roles = ['Chef', 'Medarbetare', 'Chef', 'Medarbetare', 'Chef', 'Chef'];
const ids = ['1', '2', '3', '4', '5', '6'];
const areas = (...values: string[]) => values;

describe('proposeMapping: ranked groups from headers that end in a number', () => {
  it.each<[string, string[], { name: string; columns: string[] }[]]>([
    [
      'spaces',
      ['Längst 1', 'Längst 2', 'Längst 3'],
      [{ name: 'Längst', columns: ['Längst 1', 'Längst 2', 'Längst 3'] }],
    ],
    [
      'glued',
      ['Behov1', 'Behov2', 'Behov3'],
      [{ name: 'Behov', columns: ['Behov1', 'Behov2', 'Behov3'] }],
    ],
    [
      'underscores',
      ['Längst_1', 'Längst_2'],
      [{ name: 'Längst', columns: ['Längst_1', 'Längst_2'] }],
    ],
    [
      'question numbers',
      ['Q3.1', 'Q3.2', 'Q3.3'],
      [{ name: 'Q3', columns: ['Q3.1', 'Q3.2', 'Q3.3'] }],
    ],
    [
      'out of order',
      ['Längst 3', 'Längst 1', 'Längst 2'],
      [{ name: 'Längst', columns: ['Längst 1', 'Längst 2', 'Längst 3'] }],
    ],
    [
      'case differs',
      ['Längst 1', 'längst 2'],
      [{ name: 'Längst', columns: ['Längst 1', 'längst 2'] }],
    ],
    ['a lone numbered column is no group', ['Längst 1'], []],
    ['the same number twice is no group', ['Längst 1', 'Längst_1'], []],
  ])('%s', (_, headers, expected) => {
    const columns: Record<string, string[]> = { ID: ids };
    headers.forEach((h, i) => (columns[h] = ids.map((_, r) => String(((r + i) % 13) + 1))));
    const { header, rows } = sheet(columns);
    expect(proposeMapping(header, rows, AREAS).ranked).toEqual(expected);
  });

  it('proposes a group whose answers are labels, or that has a few bad cells', () => {
    const { header, rows } = sheet({
      ID: ids,
      'Längst 1': areas('2. Introduktionsprogram', 'Medhandläggarskap', '15', '3', '', '4'),
      'Längst 2': areas('', '', '', '', '', ''),
    });
    expect(proposeMapping(header, rows, AREAS).ranked).toEqual([
      { name: 'Längst', columns: ['Längst 1', 'Längst 2'] },
    ]);
  });

  it('does not take numbered columns of free text for a ranked group', () => {
    const { header, rows } = sheet({
      ID: ids,
      'Fråga 1': ids.map(() => LONG),
      'Fråga 2': ids.map(() => LONG + '!'),
    });
    const mapping = proposeMapping(header, rows, AREAS);
    expect(mapping.ranked).toEqual([]);
    expect(mapping.text).toEqual(['Fråga 1', 'Fråga 2']);
  });
});

describe('proposeMapping: the ID column', () => {
  it.each<[string, Record<string, string[]>, string]>([
    ['named ID', { Roll: roles, ID: ids }, 'ID'],
    ['named Löpnr', { Roll: roles, Löpnr: ['1', '1', '2', '3', '4', '5'] }, 'Löpnr'],
    ['named Respondent-nr', { 'Respondent-nr': ids, Roll: roles }, 'Respondent-nr'],
    [
      'else the first column with a unique value in every row',
      { Roll: roles, Kod: ['a', 'b', 'c', 'd', 'e', 'f'] },
      'Kod',
    ],
    ['none found', { Roll: roles, Kod: ['a', 'b', 'c', 'd', 'e', ''] }, ''],
  ])('%s', (_, columns, expected) => {
    const { header, rows } = sheet(columns);
    expect(proposeMapping(header, rows, AREAS).idColumn).toBe(expected);
  });
});

describe('proposeMapping: attributes and open questions', () => {
  it('takes short repeated values for attributes and long answers for open questions', () => {
    const { header, rows } = sheet({
      ID: ids,
      Roll: roles,
      Verksamhetsområde: ['BOU', 'Ek', 'BOU', 'Äldre', 'Ek', 'BOU'],
      Tom: [],
      Namn: ['Anna', 'Bo', 'Cia', 'Dan', 'Eva', 'Fia'],
      Skillnad: [LONG, '', 'Nej.', LONG + ' Och mer.', '', 'Ja, lite.'],
      'Längst 1': ['1', '2', '3', '4', '5', '6'],
      'Längst 2': ['2', '3', '4', '5', '6', '7'],
    });
    expect(proposeMapping(header, rows, AREAS)).toEqual({
      idColumn: 'ID',
      attributes: ['Roll', 'Verksamhetsområde'],
      ranked: [{ name: 'Längst', columns: ['Längst 1', 'Längst 2'] }],
      text: ['Skillnad'],
    });
  });

  it('never proposes a blank or repeated header', () => {
    const { rows } = sheet({ a: ids, b: roles, c: roles, d: roles });
    const mapping = proposeMapping(['ID', 'Roll', 'Roll', ''], rows, AREAS);
    expect(mapping).toEqual({ idColumn: 'ID', attributes: [], ranked: [], text: [] });
  });
});
