// The words a table carries besides its data, in both languages: the labels of total and "none"
// lines, the names of units and percents, and the notes printed under a table. Shared by the
// window (which passes its language) and the exports (which are given one), so both print the same.
import type { ComputedTable, PercentBase, TableBlock, TableNote, TableUnit } from './types';

export type TableLanguage = 'sv' | 'en';

const WORDS = {
  sv: {
    total: 'Total',
    none: 'Inte kodad',
    noAnswer: 'Ej svar',
    missing: 'Uppgift saknas',
    by: 'efter',
    splitBy: 'uppdelat efter',
    cooccurrence: 'Samförekomst av',
    all: 'Samtliga',
    documents: 'Dokument',
    count: 'Antal',
    ranked: {
      axis: 'Alternativ',
      alternative: 'Alternativ {{n}}',
      mentions: 'Totalt',
      share: 'Andel som nämner',
    },
    percent: 'Procent',
    units: {
      passages: 'avsnitt',
      interviews: 'intervjuer',
      participants: 'deltagare',
      respondents: 'respondenter',
    },
    percents: { column: '% av kolumn', row: '% av rad', base: '% av basen', none: '' },
    notes: {
      base: 'Bas: n = {{n}} {{unit}}.',
      filters: 'Urval: {{text}}.',
      survey: 'Enkät: {{name}}.',
      multipleResponse:
        'Flersvar: en enhet kan räknas i flera rader, så raderna kan summera till mer än totalen.',
      interviewersExcluded: 'Intervjuarens repliker är inte medräknade.',
      pairing: 'Två koder räknas tillsammans när de {{how}}.',
      coders: 'Kodare: {{text}}.',
      split:
        'Uppdelad efter {{by}}: varje block räknas för sig, med egna totaler och egen bas ({{parts}}).',
      splitMultiple:
        'En enhet med flera värden av {{by}} räknas i vart och ett av dem, så blocken kan tillsammans ha fler enheter än samtliga.',
      cooccurrence:
        'Samförekomst: en cell räknar de {{unit}} med radens kod där också kolumnens kod finns med (enligt regeln ovan); diagonalen räknar de {{unit}} som har koden.',
      checkFailed:
        'Kontroll: kolumnen {{column}} summerar till {{found}} men basen är {{expected}}; datan kan inte ge en total som går ihop.',
      checkOk: 'Kontroll: varje kolumn summerar till sin bas.',
      rankedAlternatives:
        'Alternativ 1–{{alternatives}}: procent av respondenterna; Ej svar: lämnade alternativet tomt.',
      rankedMentions:
        'Totalt: antal gånger området nämns i något alternativ, i procent av alla {{mentions}} nämnanden.',
      rankedShare:
        'Andel som nämner: procent av respondenterna som nämner området i något alternativ; Ej svar: nämner inget område alls.',
    },
    pairings: {
      segment: 'sitter på samma avsnitt',
      overlap: 'sitter på samma eller överlappande avsnitt',
      turn: 'förekommer i samma replik',
    },
  },
  en: {
    total: 'Total',
    none: 'Not coded',
    noAnswer: 'No answer',
    missing: 'Missing',
    by: 'by',
    splitBy: 'split by',
    cooccurrence: 'Co-occurrence of',
    all: 'All',
    documents: 'Documents',
    count: 'Count',
    ranked: {
      axis: 'Alternative',
      alternative: '{{n}} alternative',
      mentions: 'Mentions',
      share: 'Share naming it',
    },
    percent: 'Percent',
    units: {
      passages: 'passages',
      interviews: 'interviews',
      participants: 'participants',
      respondents: 'respondents',
    },
    percents: { column: '% of column', row: '% of row', base: '% of base', none: '' },
    notes: {
      base: 'Base: n = {{n}} {{unit}}.',
      filters: 'Selection: {{text}}.',
      survey: 'Questionnaire: {{name}}.',
      multipleResponse:
        'Multiple response: a unit can be counted in several rows, so rows can add up to more than the total.',
      interviewersExcluded: "The interviewer's turns are not counted.",
      pairing: 'Two codes count together when they {{how}}.',
      coders: 'Coders: {{text}}.',
      split:
        'Split by {{by}}: each block is counted on its own, with its own totals and base ({{parts}}).',
      splitMultiple:
        'A unit with several values of {{by}} counts in each of them, so the blocks together can hold more units than all.',
      cooccurrence:
        "Co-occurrence: a cell counts the {{unit}} with the row's code that also have the column's code with them (by the rule above); the diagonal counts the {{unit}} that have the code.",
      checkFailed:
        'Check: column {{column}} adds up to {{found}} but the base is {{expected}}; the data cannot give a total that adds up.',
      checkOk: 'Check: every column adds up to its base.',
      rankedAlternatives:
        'Alternatives 1–{{alternatives}}: percent of respondents; No answer: left the alternative empty.',
      rankedMentions:
        'Mentions: times the area is named in any alternative, as a percent of all {{mentions}} mentions.',
      rankedShare:
        'Share naming it: percent of respondents who name the area in any alternative; No answer: named no area at all.',
    },
    pairings: {
      segment: 'are on the same passage',
      overlap: 'are on the same or overlapping passages',
      turn: 'occur in the same turn',
    },
  },
} as const;

export type NoteKey = keyof (typeof WORDS)['sv']['notes'];

export function tableWords(language: TableLanguage) {
  return WORDS[language];
}

export function unitWord(unit: TableUnit, language: TableLanguage): string {
  return WORDS[language].units[unit];
}

const EN_ORDINAL: Record<number, string> = { 1: 'st', 2: 'nd', 3: 'rd' };

/** A ranked table's column label: "Alternativ 2" / "2nd alternative", "Totalt", "Andel som nämner". */
export function rankedColumnLabel(key: string, language: TableLanguage): string {
  const w = WORDS[language].ranked;
  if (key === 'mentions') return w.mentions;
  if (key === 'share') return w.share;
  if (language === 'sv') return w.alternative.replace('{{n}}', key);
  const n = Number(key);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (EN_ORDINAL[n % 10] ?? 'th');
  return w.alternative.replace('{{n}}', `${key}${suffix}`);
}

export function percentWord(percent: PercentBase, language: TableLanguage): string {
  return WORDS[language].percents[percent];
}

/** One note as a sentence; values named {{like}} are filled in, unit and pairing names translated. */
export function noteText(note: TableNote, language: TableLanguage): string {
  const template = (WORDS[language].notes as Record<string, string>)[note.key] ?? note.key;
  const values: Record<string, string | number> = { ...note.values };
  if (typeof values.unit === 'string' && values.unit in WORDS[language].units)
    values.unit = unitWord(values.unit as TableUnit, language);
  if (typeof values.pairing === 'string')
    values.how = (WORDS[language].pairings as Record<string, string>)[values.pairing] ?? '';
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/**
 * The title of a table nobody named: "Områden efter Bedömning" / "Områden by Bedömning";
 * "Samförekomst av Teman" for one code axis on both sides; ", uppdelat efter Grupp" when split.
 */
export function defaultTableTitle(
  rows: string,
  cols: string | null,
  language: TableLanguage,
  by: string | null = null,
): string {
  const w = WORDS[language];
  const title =
    cols === null ? rows : cols === rows ? `${w.cooccurrence} ${rows}` : `${rows} ${w.by} ${cols}`;
  return by ? `${title}, ${w.splitBy} ${by}` : title;
}

/** An axis label the engine words itself (the documents axis) in `language`; others as they are. */
function axisLabel(label: string | null, language: TableLanguage): string | null {
  const isDocuments = label === WORDS.sv.documents || label === WORDS.en.documents;
  return isDocuments ? WORDS[language].documents : label;
}

/** A split block's heading: the value, or "Samtliga" / "Uppgift saknas" in `language`. */
export function blockLabel(block: TableBlock, language: TableLanguage): string {
  if (block.kind === 'all') return WORDS[language].all;
  if (block.kind === 'missing') return WORDS[language].missing;
  return block.value ?? '';
}

/**
 * The table with its total and "none" lines, and a ranked table's columns, labelled in `language`.
 * The engine labels them in Swedish (the project's language); a table already in either language
 * may be given again, so the screen and the exports can both call this. Data and keys are untouched.
 */
export function localizeTable(table: ComputedTable, language: TableLanguage): ComputedTable {
  const w = WORDS[language];
  const from = [WORDS.sv, WORDS.en];
  // The "none" rows' words in either language, and their words in `language`.
  const noneWords = new Map<string, string>(
    from.flatMap((l) => [
      [l.none, w.none],
      [l.noAnswer, w.noAnswer],
      [l.missing, w.missing],
    ]),
  );
  const totals = new Set<string>(from.map((l) => l.total));
  // A ranked table's columns are alternatives, mentions and share: labelled from their keys.
  const ranked = from.some((l) => table.colAxis === l.ranked.axis);
  const by = table.split?.by ?? null;
  const unnamed = (['sv', 'en'] as const).some(
    (l) =>
      table.title ===
      defaultTableTitle(axisLabel(table.rowAxis, l) ?? '', axisLabel(table.colAxis, l), l, by),
  );
  const rowAxis = axisLabel(table.rowAxis, language) ?? '';
  const colAxis = ranked ? w.ranked.axis : axisLabel(table.colAxis, language);
  // A ranked table of the respondents without a value is titled "<question> – <attribute>: Uppgift
  // saknas" by survey.table: that last word is the engine's, so it follows the language too.
  const missingSuffix = ranked
    ? from.map((l) => `: ${l.missing}`).find((m) => table.title.endsWith(m))
    : undefined;
  const title = unnamed
    ? defaultTableTitle(rowAxis, colAxis, language, by)
    : missingSuffix
      ? `${table.title.slice(0, -missingSuffix.length)}: ${w.missing}`
      : table.title;
  return {
    ...table,
    title,
    rowAxis,
    colAxis,
    columns: table.columns.map((c, i) =>
      ranked
        ? { ...c, label: rankedColumnLabel(c.key, language) }
        : table.columnKinds[i] === 'total' && totals.has(c.label)
          ? { ...c, label: w.total }
          : c,
    ),
    rows: table.rows.map((r, i) => {
      const kind = table.rowKinds[i];
      if (kind === 'total' && totals.has(r.label)) return { ...r, label: w.total };
      if (kind === 'none') return { ...r, label: noneWords.get(r.label) ?? r.label };
      return r;
    }),
  };
}
