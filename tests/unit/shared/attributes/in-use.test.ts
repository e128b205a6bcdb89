// Issue 11, item 3: filters and table axes offer only the values in use.
import { describe, expect, it } from 'vitest';
import { valuesInUse } from '../../../../shared/attributes/in-use';

describe('valuesInUse', () => {
  it.each<[string, string[], (string | string[] | undefined)[], string[]]>([
    [
      'an unused choice is left out',
      ['Chefer', 'Chefer_lo', 'Medarbetare'],
      ['Chefer', 'Medarbetare'],
      ['Chefer', 'Medarbetare'],
    ],
    ['choices keep their order', ['B', 'A'], ['A', 'B', 'A'], ['B', 'A']],
    [
      'values not among the choices follow, alphabetically',
      ['B'],
      ['Ö', 'B', 'Å', 'A'],
      ['B', 'A', 'Å', 'Ö'],
    ],
    [
      'several values of one document count each',
      ['x', 'y', 'z'],
      [['z', 'x'], undefined],
      ['x', 'z'],
    ],
    ['empty values and documents without any are ignored', ['a'], ['', undefined, []], []],
  ])('%s', (_label, choices, used, expected) => {
    expect(valuesInUse(choices, used)).toEqual(expected);
  });
});
