import { describe, expect, it } from 'vitest';
import { HANDLINGSPLANEN } from '../../../../shared/codebook/template';
import type { Code } from '../../../../shared/codebook/types';
import { formatShortcut, normalizeForSearch, searchCodes } from '../../../../shared/coding/palette';

/** The built-in codebook as a project holds it: three uncodable groups, their codes below. */
function templateCodes(): Code[] {
  const codes: Code[] = [];
  let id = 1;
  for (const group of HANDLINGSPLANEN) {
    const groupId = id++;
    codes.push({
      id: groupId,
      parentId: null,
      name: group.name,
      number: null,
      group: group.kind,
      color: group.color,
      description: group.description,
      shortcut: null,
      codable: false,
      sortOrder: groupId,
    });
    group.codes.forEach((c, i) =>
      codes.push({
        id: id++,
        parentId: groupId,
        name: c.name,
        number: c.number ?? null,
        group: group.kind,
        color: c.color,
        description: c.description,
        shortcut: c.shortcut ?? null,
        codable: true,
        sortOrder: i,
      }),
    );
  }
  return codes;
}

const CODES = templateCodes();

/** A codable code made up for one test. */
const code = (id: number, name: string, number: number | null): Code => ({
  id,
  parentId: null,
  name,
  number,
  group: null,
  color: '#000000',
  description: '',
  shortcut: null,
  codable: true,
  sortOrder: 0,
});
/** A code as the palette shows it: "13 Lämpliga lokaler ..." or "- Störst behov". */
const label = (c: Code) => `${c.number ?? '-'} ${c.name}`;
const search = (query: string, limit?: number) => searchCodes(CODES, query, limit).map(label);

describe('searchCodes on the built-in codebook', () => {
  it.each<[string, string[]]>([
    ['13', ['13 Lämpliga lokaler och fungerande arbetsredskap']],
    [
      '1',
      [
        '1 Brukardelaktighet och återkoppling från brukare',
        '10 Regelbunden fortbildning och möjlighet till specialistutbildning',
        '11 Regelbundet mottagande av studenter',
        '12 Mottagande av traineer',
        '13 Lämpliga lokaler och fungerande arbetsredskap',
        '14 Övrigt',
      ],
    ],
    [' 14 ', ['14 Övrigt']],
    [
      'lokal',
      [
        // The word itself inflected (lokaler), numbered first; then a word merely starting so
        // (Lokalt), wherever in the name it stands.
        '13 Lämpliga lokaler och fungerande arbetsredskap',
        '- Lokaler och kontorslandskap',
        '4 Lokalt kompetens- och utvecklingsforum',
      ],
    ],
    [
      'LOKALER',
      ['13 Lämpliga lokaler och fungerande arbetsredskap', '- Lokaler och kontorslandskap'],
    ],
    ['behov', ['- Störst behov']],
    [
      'stö',
      [
        // Words starting so, first word or not: numbered first.
        '5 Nära och tillgänglig ledning som ger stöd och uppmuntran',
        '6 Administrativt stöd till socialsekreterare och biståndshandläggare',
        '7 Administrativt stöd till chefer',
        '- Störst behov',
      ],
    ],
    [
      // No prefix or substring: ö is not o. As letters in order (o standing for ö there), one
      // piece at the name's start first, then one piece later, then three pieces (s-t-o).
      'sto',
      [
        '- Störst behov',
        '6 Administrativt stöd till socialsekreterare och biståndshandläggare',
        '7 Administrativt stöd till chefer',
        '5 Nära och tillgänglig ledning som ger stöd och uppmuntran',
        '3 Antal medarbetare som är rimligt i förhållande till chefers och medarbetares uppdrag (rimlig arbetsbelastning)',
      ],
    ],
    ['lamplig', ['13 Lämpliga lokaler och fungerande arbetsredskap']],
    ['ovrigt', ['14 Övrigt']],
    // Word starts in order: Administrativt Stöd till Chefer, Antal ... Som ... Chefers.
    [
      'asc',
      [
        '3 Antal medarbetare som är rimligt i förhållande till chefers och medarbetares uppdrag (rimlig arbetsbelastning)',
        '7 Administrativt stöd till chefer',
      ],
    ],
    // Scattered letters that neither run on nor start words find nothing (l...ö...n in area 5).
    ['lön', ['- Lön']],
    ['hinder', ['- Hinder']],
    // Equal matches: numbered codes first, by number; then the rest by name.
    [
      'admin',
      [
        '6 Administrativt stöd till socialsekreterare och biståndshandläggare',
        '7 Administrativt stöd till chefer',
        '- Administration',
      ],
    ],
    // A substring inside a compound word ranks below word starts.
    ['forum', ['4 Lokalt kompetens- och utvecklingsforum']],
    [
      '  admin   stöd ',
      [
        '6 Administrativt stöd till socialsekreterare och biståndshandläggare',
        '7 Administrativt stöd till chefer',
      ],
    ],
    ['xyz', []],
    // Group headings are not codable: their names find nothing.
    ['Teman', []],
    ['Bedömning', []],
    ['99', []],
  ])('%j', (query, expected) => {
    expect(search(query)).toEqual(expected);
  });

  it.each<[string, string]>([
    // A query with å, ä or ö finds only those letters.
    ['lämp', '13 Lämpliga lokaler och fungerande arbetsredskap'],
    ['Övr', '14 Övrigt'],
    ['åter', '1 Brukardelaktighet och återkoppling från brukare'],
    // "ov" is in "behov"; that beats o standing for Ö in "Övrigt".
    ['ov', '- Störst behov'],
    ['öv', '14 Övrigt'],
  ])('%j finds %j first', (query, first) => {
    expect(search(query)[0] ?? '').toBe(first);
  });

  it.each<[number, number]>([
    [10, 6],
    [3, 3],
    [1, 1],
    [0, 0],
    [-1, 0],
  ])('limit %i on "1" gives %i codes', (limit, count) => {
    expect(search('1', limit)).toHaveLength(count);
  });

  it('lists the first ten codable codes in codebook order for an empty query', () => {
    expect(search('')).toEqual(CODES.filter((c) => c.number !== null && c.number <= 10).map(label));
  });

  it('breaks ties between equal matches by number, then name, never by input order', () => {
    const shuffled = [...CODES].reverse();
    expect(searchCodes(shuffled, 'stöd').map(label)).toEqual(searchCodes(CODES, 'stöd').map(label));
    expect(searchCodes(shuffled, 'och').map(label).slice(0, 3)).toEqual([
      '1 Brukardelaktighet och återkoppling från brukare',
      '2 Introduktionsprogram och mentorskap för nyanställda',
      '3 Antal medarbetare som är rimligt i förhållande till chefers och medarbetares uppdrag (rimlig arbetsbelastning)',
    ]);
  });

  it('ranks an exact name above a name starting with it, whatever the numbers', () => {
    const codes: Code[] = [code(100, 'Lokaler och kontorslandskap', 1), code(101, 'Lokaler', null)];
    expect(searchCodes(codes, 'lokaler').map((c) => c.id)).toEqual([101, 100]);
  });

  it.each<[string, string[], number[]]>([
    ['lokal', ['Lokalt forum', 'Lämpliga lokaler'], [2, 1]],
    ['lokal', ['Lokalt forum', 'Lokalen'], [2, 1]],
    ['lön', ['Lönesättning', 'Lägre löner'], [2, 1]],
    ['stöd', ['Stödjande chef', 'Mer stöd'], [2, 1]],
    ['chef', ['Chefsbyten', 'Chefens stöd'], [2, 1]],
  ])(
    '"%s": a word of its own (or inflected) before a word that only starts so',
    (q, names, ids) => {
      const codes = names.map((n, i) => code(i + 1, n, i + 1));
      expect(searchCodes(codes, q).map((c) => c.id)).toEqual(ids);
    },
  );

  it('ranks a word starting with the query above the query inside a word', () => {
    const codes = [code(1, 'Arbetsbelastning', 1), code(2, 'Hög belastning', 2)];
    expect(searchCodes(codes, 'belast').map((c) => c.id)).toEqual([2, 1]);
  });

  it('ranks a code numbered 13 above a code named "13"', () => {
    const codes: Code[] = [
      code(100, '13', null),
      code(101, 'Gruppens 13 frågor', null),
      code(102, 'Tretton', 13),
    ];
    expect(searchCodes(codes, '13').map((c) => c.id)).toEqual([102, 100, 101]);
  });
});

describe('normalizeForSearch', () => {
  it.each<[string, string]>([
    ['Störst Behov', 'störst behov'],
    ['ÅÄÖ åäö', 'åäö åäö'],
    // Decomposed ä (a + U+0308) is composed first, so it stays ä.
    ['La\u0308mpliga', 'lämpliga'],
    ['Idé och café', 'ide och cafe'],
    ['Müller', 'muller'],
    ['  två \t ord\n', 'två ord'],
  ])('%j -> %j', (text, expected) => {
    expect(normalizeForSearch(text)).toBe(expected);
  });
});

describe('formatShortcut', () => {
  it.each<[string | null, boolean, string]>([
    [null, false, ''],
    ['', false, ''],
    ['b', false, 'B'],
    ['1', false, '1'],
    ['mod+shift+k', false, 'Ctrl+Shift+K'],
    ['mod+shift+k', true, '⌘⇧K'],
    ['alt+ö', false, 'Alt+Ö'],
    ['mod++', false, 'Ctrl++'],
    ['F2', false, 'F2'],
  ])('%j (mac: %s) -> %j', (shortcut, mac, expected) => {
    expect(formatShortcut(shortcut, mac)).toBe(expected);
  });
});
