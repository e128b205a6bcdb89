import { describe, expect, it } from 'vitest';
import { countWords } from '../../../../shared/documents/types';

describe('countWords', () => {
  it.each<[string, number]>([
    ['', 0],
    ['   \n\t ', 0],
    ['Hej', 1],
    ['Vi är på väg hem till Östra Göteborg.', 8],
    ['Ålder, äldreomsorg och öppenhet', 4],
    ['ÅÄÖ åäö', 2],
    ['kompetens- och ledarutveckling', 3],
    ['kompetens-', 1],
    ['barn- och ungdomsförvaltningen', 3],
    ['e-post och IT-stöd', 3],
    ['BOU-chef–Ek', 2],
    ['vi – alltså vi som chefer – tycker', 6],
    ['– — - …', 0],
    ['2017 var det 45 deltagare', 5],
    ['HT 2017', 2],
    ['D1: Ja. I: Nej.', 4],
    ["don't", 1],
    ['Kalle’s bil', 2],
    ["'citat' och ’citat’", 3],
    ['eh... mm, ja?!', 3],
    ['ord\nord\nord', 3],
    ['(skratt) [ohörbart]', 2],
    ['1990-talet och 50-tal', 3],
    ['§ 12 i avtalet', 3],
    ['D1, D2 och IP3', 4],
    ['s.k. chefer', 3],
    ['mm … eh', 2],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts a transcript excerpt as a reader would', () => {
    const text = [
      'I: Hur ser kompetensutvecklingen ut hos er?',
      'D1: Alltså – vi har ju e-learning, men det är inte så mycket.',
      'D2: Nej. Men 2017 fick vi två dagar.',
      '(skratt)',
    ].join('\n');
    // Labels count as words: 7 + 12 + 8 + 1.
    expect(countWords(text)).toBe(28);
  });
});
