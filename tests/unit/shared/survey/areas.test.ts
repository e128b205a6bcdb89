import { describe, expect, it } from 'vitest';
import type { Code } from '../../../../shared/codebook/types';
import { areaLabel, areasOf, readAreaCell } from '../../../../shared/survey/areas';
import { AREAS } from './fixture';

const area = (n: number) => ({ kind: 'area', number: n });
const unknown = { kind: 'unknown' };
const empty = { kind: 'empty' };

describe('readAreaCell', () => {
  it.each<[string, unknown]>([
    // empty cells are no answer
    ['', empty],
    ['   ', empty],
    // numbers
    ['2', area(2)],
    ['2.', area(2)],
    [' 2 ', area(2)],
    ['02', area(2)],
    ['14', area(14)],
    ['2)', area(2)],
    ['15', unknown],
    ['0', unknown],
    ['2.5', unknown],
    ['2, 5', unknown],
    ['2 5', unknown],
    ['-2', unknown],
    // labels, tolerant of case, spacing and punctuation
    ['Medhandläggarskap', area(9)],
    ['medhandläggarskap', area(9)],
    ['  MEDHANDLÄGGARSKAP. ', area(9)],
    ['Lokalt kompetens och utvecklingsforum', area(4)],
    ['Lokalt kompetens-och utvecklingsforum', area(4)],
    ['Nära och tillgänglig ledning, som ger stöd och uppmuntran', area(5)],
    ['Övrigt', area(14)],
    // a leading number with the label
    ['2. Introduktionsprogram och mentorskap för nyanställda', area(2)],
    ['2 Introduktionsprogram och mentorskap för nyanställda', area(2)],
    ['2.Introduktionsprogram och mentorskap för nyanställda', area(2)],
    ['2) Introduktionsprogram', area(2)],
    ['2 - Introduktionsprogram ...', area(2)],
    ['13. Lämpliga lokaler och fungerande arbetsredskap', area(13)],
    // the number is the identity: an old wording still reads, a wrong label does not
    ['2. Introduktion och mentorer för nya', area(2)],
    ['2. Medhandläggarskap', unknown],
    ['15. Medhandläggarskap', unknown],
    // a label cut short, when only one area begins so
    ['Introduktionsprogram och ment...', area(2)],
    ['Introduktionsprogram och ment…', area(2)],
    ['Antal medarbetare som är rimligt', area(3)],
    ['Administrativt stöd till chefer', area(7)],
    ['Administrativt stöd till', unknown],
    ['7. Administrativt stöd till', area(7)],
    ['Regelbund', unknown],
    ['Med', unknown],
    ['Lön', unknown],
    ['Något annat', unknown],
  ])('%j', (cell, expected) => {
    expect(readAreaCell(cell, AREAS)).toEqual(expected);
  });

  it('reads composed and decomposed å ä ö alike', () => {
    expect(readAreaCell('Övrigt'.normalize('NFD'), AREAS)).toEqual(area(14));
  });

  it('knows only the areas it is given', () => {
    const renumbered = [{ number: 20, name: 'Medhandläggarskap' }];
    expect(readAreaCell('9', renumbered)).toEqual(unknown);
    expect(readAreaCell('20', renumbered)).toEqual(area(20));
    expect(readAreaCell('medhandläggarskap', renumbered)).toEqual(area(20));
  });
});

describe('areasOf', () => {
  const code = (id: number, name: string, number: number | null, group: Code['group']): Code => ({
    id,
    parentId: null,
    name,
    number,
    group,
    color: '#000000',
    description: '',
    shortcut: null,
    codable: true,
    sortOrder: id,
  });

  it('takes the numbered codes of the areas group, in number order, first of a repeated number', () => {
    const codes = [
      code(1, 'Områden', null, 'areas'),
      code(2, 'Tvåan', 2, 'areas'),
      code(3, 'Ettan', 1, 'areas'),
      code(4, 'Kommit längst', 1, 'assessments'),
      code(5, 'Dubblett', 2, 'areas'),
    ];
    expect(areasOf(codes)).toEqual([
      { number: 1, name: 'Ettan' },
      { number: 2, name: 'Tvåan' },
    ]);
  });

  it('labels an area with its number', () => {
    expect(areaLabel({ number: 9, name: 'Medhandläggarskap' })).toBe('9. Medhandläggarskap');
  });
});
