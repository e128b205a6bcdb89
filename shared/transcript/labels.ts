// Speaker labels: the built-in forms of Swedish group-interview transcripts (DOMAIN.md), what any
// label must look like to count, how spellings become one speaker, and who is the interviewer.
import type { LabelPattern, SpeakerRole } from './types';

/** A label is short: "Deltagare 3", "Anna-Karin K", never the start of a sentence. */
export const MAX_LABEL_LENGTH = 30;
export const MAX_LABEL_WORDS = 4;

/**
 * Words that sit at paragraph start with a colon in transcripts and notes without being anyone:
 * notes ("Obs:"), headings ("Bakgrund:", "Tema:"), header fields ("Datum:", "Deltagare:") and
 * transcriber's annotations ("[Skratt]", "[Ohörbart]"). A built-in name pattern would otherwise
 * take them for a speaker as soon as the document has real names. "Fråga:"/"Svar:" are here too:
 * group interviews label people, and a custom regex can still pick them up.
 */
const NOT_SPEAKERS = new Set(
  [
    // Swedish
    'obs not notera anm anmärkning kommentar anteckning anteckningar tema teman bakgrund syfte',
    'sammanfattning summering datum tid tidpunkt plats längd ämne rubrik fråga frågor svar exempel',
    'citat källa intervju deltagare närvarande frånvarande inspelning transkribering transkriberat',
    'skratt skrattar paus tystnad ohörbart otydligt oklart sorl avbrott slut bilaga grupp omgång',
    // English
    'note notes comment topic theme background summary date time place question answer example',
    'source participants present laughter laughs pause silence inaudible crosstalk end',
  ]
    .join(' ')
    .split(' '),
);

const INTERVIEWER_LABEL = /^(?:i|int|intervjuaren?|interviewer|moderatorn?)(?: ?\d{1,2})?$/;

/** Both sides of a clock time, "10:30" or "10.30": the colon of a time is not a label's colon. */
const TIME = /^\d{1,2}(?:[:.]\d{2})+$/;

/**
 * The display form of a label: brackets and a trailing colon stripped, spaces collapsed, and the
 * two ways of writing a numbered code made one. "IP 1" becomes "IP1" and "D 3" "D3" (the compact
 * form is what most transcripts use); "Deltagare3" becomes "Deltagare 3", as words are spaced.
 * Case is kept as written: "ANNA" may be the transcriber's convention, and merging by case happens
 * in `labelKey`.
 */
export function normaliseLabel(raw: string): string {
  let label = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  label = label.replace(/ ?:$/, '').trim();
  const wrapped = /^[[(] ?(.*?) ?[\])]$/.exec(label);
  if (wrapped?.[1] !== undefined) label = wrapped[1].trim();
  const compact = /^(IP|D) (\d+)$/i.exec(label);
  if (compact?.[1] !== undefined && compact[2] !== undefined) return compact[1] + compact[2];
  const spaced = /^((?:enhets)?chef|deltagare)(\d+)$/i.exec(label);
  if (spaced?.[1] !== undefined && spaced[2] !== undefined) return `${spaced[1]} ${spaced[2]}`;
  return label;
}

/** Labels with the same key are one speaker ("Anna", "ANNA", "anna"). */
export function labelKey(label: string): string {
  return label.toLowerCase();
}

/** A header word or annotation that a name pattern would otherwise take for a speaker. */
export function isNotSpeakerWord(label: string): boolean {
  return NOT_SPEAKERS.has(labelKey(label));
}

/**
 * Whether a normalised label is short and word-like enough to be a speaker. This is what stops a
 * custom regex, or a built-in one at its edges, from taking a sentence, a time or a number.
 */
export function isPlausibleLabel(label: string): boolean {
  if (label.length === 0 || label.length > MAX_LABEL_LENGTH) return false;
  if (label.split(' ').length > MAX_LABEL_WORDS) return false;
  if (!/\p{L}/u.test(label) || TIME.test(label)) return false;
  if (/[!?;,:"”»…/]/.test(label)) return false;
  // A full stop only closes an initial ("Anna K."), never a sentence or an abbreviation.
  return !label.replace(/(?<=^| )\p{Lu}\./gu, '').includes('.');
}

/** The interviewer is normally left out of counts, so the role must default sensibly. */
export function defaultRole(label: string): SpeakerRole {
  return INTERVIEWER_LABEL.test(labelKey(normaliseLabel(label))) ? 'interviewer' : 'participant';
}

/**
 * An optional timestamp before the label ("00:12:31 Anna:", "[00:12:31] I:", "(12:31) - D3:"):
 * transcription services put one there, and it is not part of the speaker's name.
 */
const TIMESTAMP = String.raw`(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?(?:[ \t]+[-–])?[ \t]*)?`;

/** Optional spaces, the colon, and the spaces before the spoken words (they belong to the label). */
const COLON = String.raw`[ \t\u00a0]*:[ \t\u00a0]*`;

/** A bracketed label needs no colon: "[Anna] Jag tycker..." and "[Anna]: Jag tycker..." both occur. */
const CLOSE_BRACKET = String.raw`[ \t\u00a0]*\](?:[ \t\u00a0]*:)?[ \t\u00a0]*`;

/** A capitalised word, or one in capitals ("ANNA"): transcribers write names both ways. */
const NAME_WORD = String.raw`\p{Lu}(?:\p{Ll}+|\p{Lu}+)?(?:-\p{Lu}(?:\p{Ll}+|\p{Lu}+))?`;

const atStart = (speaker: string, end = COLON): string =>
  String.raw`^${TIMESTAMP}(?<speaker>${speaker})${end}`;

/**
 * The built-in forms, compiled once by the detector. Order matters: the first pattern that matches
 * a paragraph names it, so the known forms come before the bare name that would take them all.
 */
export const LABEL_PATTERNS: readonly LabelPattern[] = [
  {
    id: 'interviewer',
    label: { sv: 'I: / Intervjuare: / Moderator:', en: 'I: / Intervjuare: / Moderator:' },
    // Spelled out rather than matched case-insensitively, so that a lowercase "i:" stays text.
    source: atStart(
      String.raw`I|(?:Int|INT|Intervjuaren?|INTERVJUAREN?|Interviewer|INTERVIEWER|Moderatorn?|MODERATORN?)(?:[ \t]?\d{1,2})?`,
    ),
    trustedAlone: true,
  },
  {
    id: 'ip',
    label: { sv: 'IP1: (intervjuperson)', en: 'IP1: (interviewee)' },
    source: atStart(String.raw`IP[ \t]?\d{1,3}`),
    trustedAlone: true,
  },
  {
    id: 'deltagare',
    label: { sv: 'Deltagare 3:', en: 'Deltagare 3: (participant)' },
    source: atStart(String.raw`[Dd]eltagare[ \t]?(?:\d{1,3}|\p{Lu})`),
    trustedAlone: true,
  },
  {
    id: 'd-number',
    label: { sv: 'D3:', en: 'D3:' },
    source: atStart(String.raw`D[ \t]?\d{1,3}`),
    trustedAlone: true,
  },
  {
    id: 'chef',
    label: { sv: 'Chef A: / Chef 2:', en: 'Chef A: / Chef 2: (manager)' },
    source: atStart(String.raw`(?:[Ee]nhets)?[Cc]hef[ \t]?(?:\d{1,3}|\p{Lu})`),
    trustedAlone: true,
  },
  {
    id: 'bracketed',
    label: { sv: '[Anna] / [Deltagare 2]', en: '[Anna] / [Deltagare 2]' },
    // Starts with a capital so that "[1]" footnotes, "[00:12]" and "[skratt]" are not speakers.
    source: String.raw`^${TIMESTAMP}\[[ \t\u00a0]*(?<speaker>\p{Lu}[\p{L}\d '.-]{0,29})${CLOSE_BRACKET}`,
    trustedAlone: true,
  },
  {
    id: 'name',
    label: { sv: 'Namn: (Anna:, Anna-Karin:, Anna K:)', en: 'Name: (Anna:, Anna-Karin:, Anna K:)' },
    // Up to three words, the later ones a surname or an initial ("Anna K.").
    source: atStart(String.raw`${NAME_WORD}(?:[ \t]\p{Lu}(?:\p{Ll}+|\.)?){0,2}`),
    trustedAlone: false,
  },
];

export function findLabelPattern(id: string): LabelPattern | undefined {
  return LABEL_PATTERNS.find((p) => p.id === id);
}
