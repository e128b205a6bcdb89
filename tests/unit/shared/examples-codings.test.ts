import { describe, expect, it } from 'vitest';
import { placeExampleCodings } from '../../../shared/examples/example-codings';

const documents = [{ id: 7, name: 'Intervju', text: 'IP1: Lokalerna är för trånga. Lokalerna!' }];
const codes = [
  { id: 1, name: 'Lämpliga lokaler', number: 13, codable: true },
  { id: 2, name: 'Störst behov', number: null, codable: true },
  { id: 3, name: 'Områden', number: null, codable: false },
];
const file = (document: string, quote: string, refs: string[]) => ({
  coder: 'Exempel',
  passages: [{ document, quote, codes: refs }],
});

describe('placeExampleCodings', () => {
  it('finds the first place of the quote and the codes by number or name', () => {
    expect(
      placeExampleCodings(file('Intervju', 'Lokalerna', ['13', 'Störst behov']), documents, codes),
    ).toEqual([{ documentId: 7, start: 5, end: 14, codeIds: [1, 2] }]);
  });

  it.each([
    ['a missing document', file('Annan', 'Lokalerna', ['13']), /1: no document "Annan"/],
    ['a quote not in the text', file('Intervju', 'Lönen', ['13']), /"Lönen" is not in Intervju/],
    ['an unknown number', file('Intervju', 'Lokalerna', ['99']), /no code "99"/],
    ['a group, not a code', file('Intervju', 'Lokalerna', ['Områden']), /no code "Områden"/],
  ])('names %s', (_what, f, message) => {
    expect(() => placeExampleCodings(f, documents, codes)).toThrow(message);
  });
});
