// A retrieval query written out as its logic, for the Word export under its title:
// ”3. Antal medarbetare” OCH ”Störst behov” OCH INTE (”Hinder” ELLER ”Lön”). Codes are quoted so
// that a name's own words ("och", "eller") are never read as the logic.

export type QueryLanguage = 'sv' | 'en';
export type SpeakerKind = 'participant' | 'interviewer' | 'none';

export interface QueryInWords {
  /** Code labels ("3. Antal medarbetare…", "Störst behov") of each part of the query. */
  all: readonly string[];
  any: readonly string[];
  none: readonly string[];
  /** Attribute name -> the values a passage's document may have (any of them). */
  attributes: Readonly<Record<string, readonly string[]>>;
  /** The kinds of speaker counted. */
  roles: readonly SpeakerKind[];
}

const WORDS = {
  sv: {
    and: 'OCH',
    or: 'ELLER',
    not: 'INTE',
    open: '”',
    close: '”',
    everything: 'alla kodade avsnitt',
    query: 'Fråga',
    selection: 'Urval',
    speakers: 'talare',
    kinds: { participant: 'deltagare', interviewer: 'intervjuare', none: 'text utan talare' },
  },
  en: {
    and: 'AND',
    or: 'OR',
    not: 'NOT',
    open: '“',
    close: '”',
    everything: 'all coded passages',
    query: 'Query',
    selection: 'Selection',
    speakers: 'speakers',
    kinds: {
      participant: 'participants',
      interviewer: 'interviewers',
      none: 'text without a speaker',
    },
  },
} as const;

/** The code part: every `all` code AND one of `any` AND NOT any of `none`. */
export function codeLogic(q: Pick<QueryInWords, 'all' | 'any' | 'none'>, lang: QueryLanguage) {
  const w = WORDS[lang];
  const quote = (name: string) => `${w.open}${name}${w.close}`;
  const either = (names: readonly string[]) => names.map(quote).join(` ${w.or} `);
  // A choice among several is bracketed wherever something else stands beside it.
  const group = (names: readonly string[], alone: boolean) =>
    names.length > 1 && !alone ? `(${either(names)})` : either(names);
  const parts = [
    ...q.all.map(quote),
    ...(q.any.length ? [group(q.any, !q.all.length && !q.none.length)] : []),
    ...(q.none.length ? [`${w.not} ${group(q.none, false)}`] : []),
  ];
  return parts.length ? parts.join(` ${w.and} `) : w.everything;
}

/** "Fråga: …" and "Urval: Grupp = Chefer ELLER Medarbetare; talare: deltagare", as lines. */
export function queryLines(q: QueryInWords, lang: QueryLanguage): string[] {
  const w = WORDS[lang];
  const filters = Object.entries(q.attributes)
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => `${name} = ${values.join(` ${w.or} `)}`);
  const selection = [
    ...(filters.length ? [filters.join(` ${w.and} `)] : []),
    ...(q.roles.length ? [`${w.speakers}: ${q.roles.map((r) => w.kinds[r]).join(', ')}`] : []),
  ];
  return [
    `${w.query}: ${codeLogic(q, lang)}`,
    ...(selection.length ? [`${w.selection}: ${selection.join('; ')}`] : []),
  ];
}
