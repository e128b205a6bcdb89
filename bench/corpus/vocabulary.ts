// Names and domain words for the benchmark corpus: invented districts, rounds, groups, speaker
// labels, and the spoken forms of the action plan's areas (see ../shared/docs/DOMAIN.md). All fiction.

/** Fourteen invented district administrations; å, ä and ö on purpose, for file names and search. */
export const DISTRICTS = [
  'Åsdalen',
  'Björkhage',
  'Ekeberga',
  'Fjällsta',
  'Grönvik',
  'Hägerby',
  'Kvarnbacken',
  'Lövsätra',
  'Norrviken',
  'Rosendal',
  'Sjöängen',
  'Solberga',
  'Söderort',
  'Östervik',
] as const;

/** Interview rounds, written file-name safe; `roundLabel` gives the form used in attributes. */
export const ROUNDS = ['HT2016', 'VT2017', 'HT2017', 'VT2018', 'HT2018'] as const;
export type Round = (typeof ROUNDS)[number];
export const roundLabel = (round: string): string => round.replace(/^(HT|VT)(\d{4})$/, '$1 $2');

export const GROUPS = ['Medarbetare', 'Chefer'] as const;

/** Service areas a group can hold (DOMAIN: Verksamhetsområden). */
export const SERVICE_AREAS = ['BOU', 'Ek', 'Funk', 'Psyk', 'Vuxen', 'Äldre'] as const;

/** First names for name-style labels; é and å/ä/ö included so label parsing meets them. */
export const FIRST_NAMES = [
  'Anna',
  'Maria',
  'Johan',
  'Åsa',
  'Björn',
  'Märta',
  'Örjan',
  'Linnéa',
  'André',
  'Sofie',
  'Karin',
  'Pär',
  'Elin',
  'Göran',
  'Mattias',
  'Leila',
  'Ahmed',
  'Zeynep',
  'Amir',
  'Hélène',
  'Ingrid',
  'Jörgen',
  'Tove',
  'Sanna',
  'Ebba',
  'Kristoffer',
] as const;

/**
 * How participants are labelled in one document. Real transcribers each keep one habit, so a
 * document uses one style throughout while the corpus mixes them all.
 */
export type LabelStyle = 'ip' | 'deltagare' | 'd' | 'chef' | 'name' | 'bracket';

export function interviewerLabel(style: LabelStyle, short: boolean): string {
  if (style === 'bracket') return '[Intervjuare]';
  return short ? 'I:' : 'Intervjuare:';
}

export function participantLabels(style: LabelStyle, names: readonly string[]): string[] {
  return names.map((name, i) => {
    switch (style) {
      case 'ip':
        return `IP${i + 1}:`;
      case 'deltagare':
        return `Deltagare ${i + 1}:`;
      case 'd':
        return `D${i + 1}:`;
      case 'chef':
        return `Chef ${String.fromCharCode(65 + i)}:`;
      case 'name':
        return `${name}:`;
      case 'bracket':
        return `[${name}]`;
    }
  });
}

/** One of the action plan's areas as people say it aloud, plus the words a search would use. */
export interface SpokenArea {
  number: number;
  /** Short official name, as printed in a handout table. */
  short: string;
  /** Definite noun phrases that fit "när det gäller ___" and "inom ___". */
  forms: readonly string[];
  /** Indefinite keywords (search and autocoding targets) that fit the same slots. */
  keywords: readonly string[];
}

export const AREAS: readonly SpokenArea[] = [
  {
    number: 1,
    short: 'Brukardelaktighet',
    forms: ['brukardelaktigheten', 'återkopplingen från brukarna'],
    keywords: ['brukardelaktighet', 'brukarenkäter'],
  },
  {
    number: 2,
    short: 'Introduktionsprogram och mentorskap',
    forms: [
      'introduktionsprogrammet',
      'mentorskapet för nyanställda',
      'introduktionen av nya kollegor',
    ],
    keywords: ['introduktionsprogram', 'mentorskap'],
  },
  {
    number: 3,
    short: 'Rimlig arbetsbelastning',
    forms: ['antalet ärenden per handläggare', 'bemanningen', 'den rimliga arbetsbelastningen'],
    keywords: ['arbetsbelastning', 'ärendemängd'],
  },
  {
    number: 4,
    short: 'Lokalt kompetensforum',
    forms: ['det lokala kompetensforumet', 'utvecklingsforumet'],
    keywords: ['kompetensforum'],
  },
  {
    number: 5,
    short: 'Nära och tillgänglig ledning',
    forms: ['den nära ledningen', 'chefernas tillgänglighet'],
    keywords: ['tillgänglig ledning', 'chefsstöd'],
  },
  {
    number: 6,
    short: 'Administrativt stöd till handläggare',
    forms: ['det administrativa stödet till oss handläggare', 'administratörerna på enheten'],
    keywords: ['administrativt stöd', 'administration'],
  },
  {
    number: 7,
    short: 'Administrativt stöd till chefer',
    forms: ['det administrativa stödet till cheferna', 'chefernas administration'],
    keywords: ['administrativt stöd till chefer'],
  },
  {
    number: 8,
    short: 'Systematisk intern ärendehandledning',
    forms: ['ärendehandledningen', 'den interna ärendehandledningen'],
    keywords: ['ärendehandledning', 'handledning'],
  },
  {
    number: 9,
    short: 'Medhandläggarskap',
    forms: ['medhandläggarskapet', 'att vara två på tunga ärenden'],
    keywords: ['medhandläggarskap'],
  },
  {
    number: 10,
    short: 'Fortbildning och specialistutbildning',
    forms: ['fortbildningen', 'specialistutbildningen'],
    keywords: ['fortbildning', 'specialistutbildning'],
  },
  {
    number: 11,
    short: 'Mottagande av studenter',
    forms: ['mottagandet av studenter', 'praktikplatserna för studenterna'],
    keywords: ['studenter', 'praktikanter'],
  },
  {
    number: 12,
    short: 'Mottagande av traineer',
    forms: ['mottagandet av traineer', 'traineeprogrammet'],
    keywords: ['traineer'],
  },
  {
    number: 13,
    short: 'Lämpliga lokaler och arbetsredskap',
    forms: ['lokalerna', 'kontorslandskapet', 'arbetsredskapen'],
    keywords: ['lokaler', 'kontorslandskap', 'arbetsredskap'],
  },
];

/** Cross-cutting themes (DOMAIN: Teman) as nouns that fit "det här med ___". */
export const THEME_WORDS = [
  'personalomsättning',
  'omorganisation',
  'arbetsbelastning',
  'konsulter',
  'hot och våld',
  'lönen',
  'verksamhetssystemet',
  'friskvårdstimmen',
  'flexibel arbetstid',
  'chefsbyten',
  'delaktighet',
  'kontorslandskap',
] as const;

/** Small words for slots in templates. */
export const UNITS = [
  'mottagningen',
  'utredningsgruppen',
  'vuxenenheten',
  'ekonomiskt bistånd',
  'familjeteamet',
  'biståndsenheten',
  'socialpsykiatrin',
  'äldreenheten',
] as const;
export const ROLES = [
  'socialsekreterare',
  'biståndshandläggare',
  'enhetschef',
  'biträdande enhetschef',
  'administratör',
] as const;
export const TIMES = [
  'i höstas',
  'i våras',
  'förra året',
  'sedan omorganisationen',
  'de senaste månaderna',
  'när handlingsplanen kom',
] as const;
