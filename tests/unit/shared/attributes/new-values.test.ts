// Issue 11, item 3: a file-name pattern that would create new category values names them first.
import { describe, expect, it } from 'vitest';
import { newCategoryValues } from '../../../../shared/attributes/new-values';

const ATTRS = [
  { name: 'Stadsdelsförvaltning', type: 'category' as const, choices: ['Lindholmen', 'Angered'] },
  { name: 'Intervjuomgång', type: 'category' as const, choices: ['HT 2017', 'VT 2018'] },
  { name: 'Grupp', type: 'category' as const, choices: ['Chefer', 'Medarbetare'] },
  { name: 'Längd', type: 'number' as const, choices: [] },
];
const PATTERN = '{Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}';

describe('newCategoryValues', () => {
  it.each<[string, string, string[], ReturnType<typeof newCategoryValues>]>([
    [
      'known values, written as files spell them',
      PATTERN,
      ['Lindholmen_HT2017_Chefer.docx', 'angered_vt2018_medarbetare.txt'],
      [],
    ],
    [
      'a mistyped group',
      PATTERN,
      ['Lindholmen_HT2017_Chefer_lo.docx'],
      [{ attribute: 'Grupp', values: ['Chefer_lo'] }],
    ],
    [
      'new values of several attributes, each once, sorted',
      PATTERN,
      ['Östra_HT2019_Chefer.docx', 'Bergsjön_HT2019_Chefer.docx', 'Östra_HT2017_Chefer.docx'],
      [
        { attribute: 'Stadsdelsförvaltning', values: ['Bergsjön', 'Östra'] },
        { attribute: 'Intervjuomgång', values: ['HT2019'] },
      ],
    ],
    ['a file the pattern does not match adds nothing', PATTERN, ['Anteckningar.docx'], []],
    ['numbers are not categories', '{Grupp}_{Längd}', ['Chefer_45.docx'], []],
    [
      'an attribute the project lacks is not a new value',
      '{Ort}_{Grupp}',
      ['Kiruna_Chefer.docx'],
      [],
    ],
    ['a broken pattern gives nothing (the form names the problem)', '{}_{Grupp}', ['x_y.docx'], []],
  ])('%s', (_label, pattern, files, expected) => {
    expect(newCategoryValues(pattern, files, ATTRS)).toEqual(expected);
  });
});
