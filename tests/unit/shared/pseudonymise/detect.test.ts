// The scan's detectors, table-driven: identifiers of every kind in the forms people write them,
// look-alikes that are not identifiers, names from speakers and recurrence, and a transcript that
// names no one.
import { describe, expect, it } from 'vitest';
import { findPatternHits } from '../../../../shared/pseudonymise/detect-patterns';
import { buildCandidates, formReplacements } from '../../../../shared/pseudonymise/candidates';
import { FormMatcher } from '../../../../shared/pseudonymise/matcher';
import { genitive } from '../../../../shared/pseudonymise/proposals';
import type { Field } from '../../../../shared/pseudonymise/types';

const found = (text: string) => findPatternHits(text).map((h) => [h.kind, h.text]);

describe('pattern identifiers', () => {
  it.each([
    [
      'personnummer, 12 digits with -',
      'pnr 19800101-0019 här',
      [['personnummer', '19800101-0019']],
    ],
    ['personnummer, 10 digits', 'pnr 8001010019.', [['personnummer', '8001010019']]],
    ['personnummer, over 100 years (+)', 'född 191212+1215 då', [['personnummer', '191212+1215']]],
    ['samordningsnummer', 'nr 701063-2391', [['personnummer', '701063-2391']]],
    ['mobile', 'ring 070-123 45 67 sen', [['phone', '070-123 45 67']]],
    ['Stockholm number', 'tel 08-123 456 78.', [['phone', '08-123 456 78']]],
    ['international', 'ring +46 70 123 45 67, tack', [['phone', '+46 70 123 45 67']]],
    ['with 00', 'ring 0046 8 123 456 78 nu', [['phone', '0046 8 123 456 78']]],
    ['digits only', 'ring 0701234567', [['phone', '0701234567']]],
    [
      'a trailing number is not glued on',
      'ring 031-12 34 56 12 gånger',
      [['phone', '031-12 34 56']],
    ],
    ['e-mail', 'mejla Eva.B@goteborg.se.', [['email', 'Eva.B@goteborg.se']]],
    ['street with number and letter', 'bor på Storgatan 12 B i', [['address', 'Storgatan 12 B']]],
    ['street in two words', 'på Södra vägen 5.', [['address', 'Södra vägen 5']]],
    ['postcode and town', 'adress 412 58 Göteborg', [['address', '412 58 Göteborg']]],
    ['street name alone', 'kontoret på Kungsgatan ligger', [['address', 'Kungsgatan']]],
    ['a postcode named as one', 'postnumret är 412 58, tror jag', [['address', '412 58']]],
    ['a postcode after postnr', 'postnr: 41258.', [['address', '41258']]],
    ['a square (-plan) with a number', 'på Eriksplan 2 nu', [['address', 'Eriksplan 2']]],
    // Word and web pages space numbers with no-break or thin spaces and write en dashes: found as
    // they are written, so that the copy replaces them.
    [
      'no-break spaces',
      'ring 070\u00a0123\u00a045\u00a067 nu',
      [['phone', '070\u00a0123\u00a045\u00a067']],
    ],
    [
      'thin spaces',
      'ring 08\u2009123\u2009456\u200978',
      [['phone', '08\u2009123\u2009456\u200978']],
    ],
    ['an en dash', 'ring 070–123 45 67 nu', [['phone', '070–123 45 67']]],
    ['personnummer with an en dash', 'pnr 800101–0019.', [['personnummer', '800101–0019']]],
    [
      'address with no-break spaces',
      'Storgatan\u00a012\u00a0B, 412\u00a058 Göteborg',
      [
        ['address', 'Storgatan\u00a012\u00a0B'],
        ['address', '412\u00a058 Göteborg'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a date', 'mötet 2017-03-12 var bra'],
    ['money', 'det kostar 12 000 kronor'],
    ['a year and a count', 'år 2016 hade vi 120 ärenden'],
    ['a wrong check digit', 'nummer 19800101-0018'],
    ['a short number', 'ring 112'],
    ['a time', 'klockan 10.30 till 12.00'],
    ['a sum of money', 'det kostade 412 58 kronor'],
    // A street number ends where its digits end: "Verksamhetsplanen 201" is not cut out of 2018.
    ['a plan and a year', 'Verksamhetsplanen 2018 är klar'],
    ['a plan (definite form) and its number', 'Vårdplanen 3 och Tidsplanen 2'],
    ['a change and its number', 'Förbättringen 2 och Prioriteringen 4'],
  ])('no identifier in %s', (_, text) => {
    expect(found(text)).toEqual([]);
  });
});

const field = (text: string, document = 'Intervju'): Field => ({ kind: 'text', document, text });

async function scan(
  texts: string[],
  speakers: { label: string; role: 'interviewer' | 'participant' }[] = [],
) {
  return buildCandidates({
    fields: [
      ...texts.map((t, i) => field(t, `Intervju ${i + 1}`)),
      ...speakers.map((s) => ({ kind: 'speaker' as const, document: 'Intervju 1', text: s.label })),
    ],
    speakers,
    projectWords: ['Lindholmen', 'Lokaler och kontorslandskap'],
    decisions: [],
    stopWords: [],
  });
}

describe('names', () => {
  it('finds speakers, full names with their parts and genitives, and recurring names', async () => {
    const list = await scan(
      [
        'Intervjuare: Hur gick det?\nAnna: Det blev bättre när Eva Bergström kom. Evas sätt var bra, och jag frågade Bergström om det.\nKarl: Jag håller med Anna. Vi pratade med Sture och med Zlatko, och Zlatko sa ja.',
      ],
      [
        { label: 'Intervjuare', role: 'interviewer' },
        { label: 'Anna', role: 'participant' },
        { label: 'Karl', role: 'participant' },
      ],
    );
    const byText = new Map(list.map((c) => [c.text, c]));
    expect(byText.get('Anna')?.proposal).toBe('Deltagare 1');
    expect(byText.get('Karl')?.proposal).toBe('Deltagare 2');
    const eva = byText.get('Eva Bergström');
    expect(eva?.proposal).toBe('Person 1');
    expect(eva?.forms).toEqual(expect.arrayContaining(['Eva', 'Evas', 'Bergström', 'Bergströms']));
    expect(eva?.count).toBe(3);
    // A common first name counts from one mention; another name must recur.
    expect(byText.get('Sture')?.kind).toBe('name');
    expect(byText.get('Zlatko')?.count).toBe(2);
    expect(byText.has('Intervjuare')).toBe(false);
  });

  it('a full name once as written and once in the genitive is one full name', async () => {
    const list = await scan(['Det var Gunnel Åkesson som ringde. Sen kom Gunnel Åkessons klient.']);
    expect(list.map((c) => c.text)).toEqual(['Gunnel Åkesson']);
    expect(list[0]?.forms).toEqual(
      expect.arrayContaining(['Gunnel', 'Åkesson', 'Gunnel Åkessons', 'Åkessons']),
    );
    expect(list[0]?.count).toBe(2);
  });

  it('a full name after a capitalised ordinary word is the same full name', async () => {
    const list = await scan(['Sen kom hon. Och Gunnel Åkesson sa ja. Då ringde Gunnel Åkesson.']);
    expect(list.map((c) => [c.text, c.count])).toEqual([['Gunnel Åkesson', 2]]);
  });

  it('a number spaced with no-break spaces is counted (and so replaced) as written', async () => {
    const list = await scan(['Ring 070\u00a0123\u00a045\u00a067 eller 070-123 45 67.']);
    expect(list.map((c) => [c.kind, c.count, c.forms])).toEqual([
      ['phone', 2, ['070\u00a0123\u00a045\u00a067', '070-123 45 67']],
    ]);
  });

  it('a name ending in s is no genitive of a word or of another name', async () => {
    // "Hans" is not the genitive of the pronoun "Han", nor "Andreas" Andrea's.
    const list = await scan([
      'Han sa nej. Vi pratade med Hans om det. Sen ringde Hans igen.',
      'Vi ringde Andreas. Där var Andrea, och Andrea sa ja. Sen kom Andreas, och Evas bror.',
      'Eva kom också.',
    ]);
    expect(list.map((c) => [c.text, c.count, c.forms])).toEqual([
      ['Hans', 2, ['Hans']],
      ['Andreas', 2, ['Andreas']],
      ['Andrea', 2, ['Andrea']],
      ['Eva', 2, ['Eva', 'Evas']],
    ]);
  });

  it('a speaker labelled with a name that is also a word is a speaker to replace', async () => {
    const list = await scan(
      ['Intervjuare: Hur var det?\nHans: Bra.\nSara: Ja.'],
      [
        { label: 'Intervjuare', role: 'interviewer' },
        { label: 'Hans', role: 'participant' },
        { label: 'Sara', role: 'participant' },
      ],
    );
    expect(list.map((c) => [c.text, c.proposal])).toEqual([
      ['Hans', 'Deltagare 1'],
      ['Sara', 'Deltagare 2'],
    ]);
  });

  it('a street named alone inside sentences is an address, not lost between two kinds', async () => {
    // The name scan finds "Hamngatan" too (capitalised, recurring): one candidate, an address.
    const list = await scan(['Kontoret på Hamngatan flyttade. Sen till Hamngatan igen.']);
    expect(list.map((c) => [c.text, c.kind, c.count, c.proposal])).toEqual([
      ['Hamngatan', 'address', 2, '[adress]'],
    ]);
  });

  it('a common name addressed at the start of a turn ("Eva, vad tycker du?") is a name', async () => {
    const list = await scan([
      'Intervjuare: Eva, vad tycker du?\nIP1: Det är bra. Per person blir det mer.',
    ]);
    expect(list.map((c) => [c.text, c.kind])).toEqual([['Eva', 'name']]);
  });

  it('a name inside an e-mail address is no lowercase use of the word', async () => {
    const list = await scan([
      'Zlatko ringde. Sen svarade Zlatko på zlatko@exempel.se och www.zlatko.se.',
    ]);
    expect(list.map((c) => [c.text, c.kind])).toEqual([
      ['Zlatko', 'name'],
      ['zlatko@exempel.se', 'email'],
    ]);
  });

  it('a first name shared by two full names is a candidate of its own', async () => {
    const list = await scan([
      'Vi har Eva Lind och Eva Holm här. Sen kom Eva Lind igen, och Eva Holm. Jag tror att Eva visste.',
    ]);
    const texts = list.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['Eva Lind', 'Eva Holm', 'Eva']));
    expect(list.find((c) => c.text === 'Eva Lind')?.forms).not.toContain('Eva');
  });

  it('a transcript that names no one gets almost no candidates', async () => {
    const text = [
      'Intervjuare: Vad har fungerat bäst med handlingsplanen?',
      'IP1: Introduktionen för nyanställda. Vi har mentorer nu, och det märks.',
      'IP2: Ja. Men Lokaler och kontorslandskap är fortfarande ett problem. Kontorslandskapet är bullrigt.',
      'IP1: Och Treserva krånglar. Socialstyrelsen har sagt att vi ska dokumentera mer, så IVO kom hit.',
      'Intervjuare: Och i Lindholmen? Hur var det i Göteborg förra året?',
      'IP3: Alltså. Det blev bättre. Jag vet inte. Vi hade 12 000 kronor i budget 2017-03-12.',
      'IP2: Mm. Precis. Och på måndag i januari. Handlingsplanen 3 är svår.',
    ].join('\n');
    const list = await scan([text, text.replace(/IP/g, 'D')]);
    expect(list.map((c) => c.text)).toEqual([]);
  });

  it('addresses opened by an ordinary word are found; ordinary words in a street shape are not', async () => {
    const list = await scan([
      'Behandlingsplan 2 är klar. Vi skrev en behandlingsplan i fjol. Första gången 3 gick bra.',
      'Hon bor på Tallgatan 4 och jobbar på Eriksplan 2.',
      'Södra vägen 5, Västra Hamngatan 12 B och Lilla Torget 2. Sen på storgatan och Storgatan 7.',
    ]);
    expect(list.map((c) => [c.text, c.kind])).toEqual([
      ['Tallgatan 4', 'address'],
      ['Eriksplan 2', 'address'],
      ['Södra vägen 5', 'address'],
      ['Västra Hamngatan 12 B', 'address'],
      ['Lilla Torget 2', 'address'],
      ['Storgatan 7', 'address'],
    ]);
  });

  it('never-propose words, own additions and merges', async () => {
    const list = await buildCandidates({
      fields: [
        field('Jag pratade med Zlatko och Zlatan. Zlatko och Zlatan var där, och Kalle på Ängen.'),
      ],
      speakers: [],
      projectWords: [],
      decisions: [
        {
          text: 'Zlatan',
          kind: 'name',
          status: 'accepted',
          replacement: null,
          mergedInto: 'Zlatko',
          added: false,
        },
        {
          text: 'Ängen',
          kind: 'other',
          status: 'accepted',
          replacement: '[plats]',
          mergedInto: null,
          added: true,
        },
      ],
      stopWords: ['kalle'],
    });
    expect(list.map((c) => [c.text, c.count, c.proposal])).toEqual([
      ['Zlatko', 4, 'Person 1'],
      ['Ängen', 1, '[plats]'],
    ]);
    expect(list[0]?.merged).toEqual(['Zlatan']);
  });
});

describe('forms and replacements', () => {
  it.each([
    ['Eva', 'Evas'],
    ['Lars', 'Lars'],
    ['Person 1', 'Person 1:s'],
    ['[adress]', '[adress]:s'],
    ['SSR', 'SSR:s'],
  ])('genitive of %s is %s', (word, expected) => {
    expect(genitive(word)).toBe(expected);
  });

  it('a genitive form becomes the pseudonym in the genitive', () => {
    expect(
      formReplacements({ kind: 'name', forms: ['Eva', 'Evas'], proposal: 'Person 2' }),
    ).toEqual([
      { text: 'Eva', replacement: 'Person 2' },
      { text: 'Evas', replacement: 'Person 2:s' },
    ]);
  });

  it.each([
    ['whole words only', 'Evalena och Eva', [[12, 15]]],
    [
      'a hyphen separates words',
      'Anna-Eva och Eva.',
      [
        [5, 8],
        [13, 16],
      ],
    ],
    ['longest form first', 'Eva Bergström kom', [[0, 13]]],
    ['after an emoji', '😀Eva', [[2, 5]]],
    ['case matters', 'eva och EVA', []],
  ])('matcher: %s', (_, text, expected) => {
    const m = new FormMatcher([
      { text: 'Eva', replacement: 'P', tag: 0 },
      { text: 'Eva Bergström', replacement: 'P', tag: 0 },
    ]);
    expect(m.find(text).map((x) => [x.start, x.end])).toEqual(expected);
  });
});
