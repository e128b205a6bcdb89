// Identifiers with a form of their own: personnummer and samordningsnummer (date and Luhn digit
// checked by the `personnummer` package), phone numbers (validated by libphonenumber-js with full
// metadata), e-mail addresses, street addresses and postcodes. Each hit carries a key, so that
// spellings of one identifier ("19800101-1234", "800101-1234") become one candidate.
import Personnummer from 'personnummer';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PseudoKind } from './types';

export interface PatternHit {
  kind: Exclude<PseudoKind, 'name' | 'other'>;
  start: number;
  end: number;
  text: string;
  /** Spellings with the same key are one identifier. */
  key: string;
  /** A samordningsnummer is proposed as such. */
  coordination?: boolean;
}

/** 10 or 12 digits, the last four after an optional - or + ("19800101-1234", "800101+1234"). */
const PERSONNUMMER = /(?<![\p{L}\p{N}+-])(?:\d{2})?\d{6}[-+]?\d{4}(?![\p{L}\p{N}])/gu;

/** A Swedish number with its trunk 0 or an international one with + or 00; groups of digits. */
const PHONE =
  /(?<![\p{L}\p{N}+])(?:(?:\+|00)\d{1,3}[ -]?(?:\(0\)[ -]?)?\d{1,4}|\(?0\d{1,3}\)?)(?:[ -/]?\d{2,4}){1,4}(?![\p{L}\p{N}])/gu;

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * Swedish street-name endings (Storgatan, Björkvägen, Kvarngränd, Stortorget, Eriksplan...). Not
 * -planen or -ringen: with a number they are a plan or a change ("Vårdplanen 3", "Förbättringen 2").
 */
const STREET_ENDINGS = [
  'gatan',
  'vägen',
  'gränd',
  'gränden',
  'torget',
  'torg',
  'plan',
  'backe',
  'backen',
  'stigen',
  'svängen',
  'allén',
  'leden',
  'platsen',
  'gången',
  'stråket',
  'kajen',
  'esplanaden',
  'promenaden',
  'parken',
  'liden',
  'slingan',
];
/** Endings no ordinary word has: a street name with one of them is never taken for a word. */
const UNMISTAKABLE = ['gatan', 'vägen', 'gränd', 'gränden', 'torget', 'stigen', 'svängen'];
const ENDING = `(?:${STREET_ENDINGS.join('|')})`;
/** An ending as a word of its own, capitalised or not ("Södra vägen", "Lilla Torget"). */
const BARE_ENDING = `(?:${STREET_ENDINGS.map((e) => `[${e[0] ?? ''}${e[0]?.toUpperCase() ?? ''}]${e.slice(1)}`).join('|')})`;
/** "Storgatan", "Södra Hamngatan", "Södra vägen", "Lilla Torget", "Anna-Lindhs plan". */
const STREET_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:[ -]\p{Lu}[\p{Ll}\p{M}]*)?(?:${ENDING}| ${BARE_ENDING})`;
/** "Storgatan 12", "Storgatan 12 B", "Storgatan 12b, lgh 1102"; the number ends with its digits. */
const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${STREET_NAME} \d{1,3}(?!\p{N})(?: ?[A-Za-z](?![\p{L}\p{N}]))?(?:,? lgh \d{4})?`,
  'gu',
);
/** A street name alone, when its ending cannot be an ordinary word (Storgatan, not Handlingsplan). */
const STREET_ALONE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]{2,}(?:${UNMISTAKABLE.join('|')})(?![\p{L}\p{N}])`,
  'gu',
);
/** "412 58 Göteborg", "41258 Göteborg": a postcode before its town. */
const POSTCODE = /(?<![\p{L}\p{N}])[1-9]\d{2} ?\d{2}(?= \p{Lu}\p{Ll}+)( \p{Lu}\p{Ll}+)/gu;
/** "postnummer 412 58", "postnumret är 41258": a postcode named as one, without its town. */
const POSTCODE_NAMED =
  /(?<=[Pp]ost(?:nummer|numret|nr)\.?:?(?: (?:är|var|blir))? )[1-9]\d{2} ?\d{2}(?![\p{L}\p{N}])/gu;
/** An ISO date is not a phone number: "2017-03-12". */
const DATE_LIKE = /^(?:19|20)\d{2}-\d{2}-\d{2}$/;

/** Ordinary words that open street names all the same ("Södra vägen", "Västra Hamngatan"). */
const STREET_PREFIXES = new Set(
  'södra norra östra västra stora lilla gamla nya övre nedre yttre inre'.split(' '),
);

/**
 * Whether an address hit is an ordinary word with a street's shape: "Handlingsplan 2" (a listed
 * word), "Första gången 3" (an ordinary word before a bare ending), or "Vårdplan 3" when the project
 * also writes "vårdplan" in lowercase (a street name never is; asked only of endings that ordinary
 * words have). "Södra vägen 5" and "Västra Hamngatan 12" are streets.
 */
export function ordinaryStreet(
  hit: string,
  ordinary: (word: string) => boolean,
  writtenInLowercase: (word: string) => boolean,
): boolean {
  if (/^\d/.test(hit)) return false;
  const words = (hit.split(/ (?=\d)/)[0] ?? '').split(' ');
  const street = words[words.length - 1] ?? '';
  const low = street.toLowerCase();
  const prefix = words.length > 1 ? (words[0] ?? '') : null;
  if (prefix !== null && ordinary(prefix) && !STREET_PREFIXES.has(prefix.toLowerCase()))
    return true;
  if (STREET_ENDINGS.includes(low)) return false;
  if (ordinary(street)) return true;
  return !UNMISTAKABLE.some((e) => low.endsWith(e)) && writtenInLowercase(street);
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  const r = new RegExp(re.source, re.flags);
  for (let m = r.exec(text); m; m = r.exec(text)) yield m;
}

export function findPersonnummer(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  for (const m of matches(PERSONNUMMER, text)) {
    const pin = m[0];
    if (!Personnummer.valid(pin)) continue;
    const parsed = Personnummer.parse(pin);
    out.push({
      kind: 'personnummer',
      start: m.index,
      end: m.index + pin.length,
      text: pin,
      key: `pnr:${parsed.format(true)}`,
      coordination: parsed.isCoordinationNumber(),
    });
  }
  return out;
}

/** Valid numbers only; a run of digit groups that is too long loses groups from its end. */
export function findPhones(text: string, taken: readonly PatternHit[] = []): PatternHit[] {
  const out: PatternHit[] = [];
  const overlaps = (s: number, e: number) => taken.some((h) => h.start < e && s < h.end);
  for (const m of matches(PHONE, text)) {
    let candidate = m[0];
    if (overlaps(m.index, m.index + candidate.length)) continue;
    for (;;) {
      const digits = candidate.replace(/\D/g, '').length;
      if (digits < 7) break;
      if (!DATE_LIKE.test(candidate)) {
        const phone = parsePhoneNumberFromString(candidate, 'SE');
        if (phone?.isValid()) {
          out.push({
            kind: 'phone',
            start: m.index,
            end: m.index + candidate.length,
            text: candidate,
            key: `phone:${phone.number}`,
          });
          break;
        }
      }
      const cut = candidate.search(/[ -/]?\d+$/);
      if (cut <= 0) break;
      candidate = candidate.slice(0, cut);
    }
  }
  return out;
}

/** Around each "@", the address is read outwards: a regex tried at every letter is far slower. */
const EMAIL_AT = new RegExp(`^${EMAIL.source.replace('(?<![\\p{L}\\p{N}._%+-])', '')}`, 'u');
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;

export function findEmails(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  let after = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > after && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
    const m = EMAIL_AT.exec(text.slice(start, at + 256));
    if (!m) continue;
    out.push({
      kind: 'email',
      start,
      end: start + m[0].length,
      text: m[0],
      key: `email:${m[0].toLowerCase()}`,
    });
    after = start + m[0].length;
  }
  return out;
}

/**
 * Cheap signs that an address may be near: a street ending (or a postcode's digits) just before a
 * number or a word boundary. The full patterns then run only on a window around each sign.
 */
const ADDRESS_SIGN = new RegExp(
  `${BARE_ENDING}(?: \\d|[^a-zåäöé])|\\d{3} ?\\d{2} [A-ZÅÄÖ]|[Pp]ost(?:nummer|numret|nr)`,
  'g',
);
const WINDOW = 80;

export function findAddresses(text: string): PatternHit[] {
  const out: PatternHit[] = [];
  const add = (m: RegExpExecArray, offset: number) => {
    const start = m.index + offset;
    const end = start + m[0].length;
    if (out.some((h) => h.start < end && start < h.end)) return;
    out.push({
      kind: 'address',
      start,
      end,
      text: m[0],
      key: `address:${m[0].replace(/\s+/g, ' ').toLowerCase()}`,
    });
  };
  const sign = new RegExp(ADDRESS_SIGN.source, 'g');
  let covered = 0;
  for (let s = sign.exec(text); s; s = sign.exec(text)) {
    if (s.index < covered) continue;
    // A window starting at a word boundary, wide enough for "Södra Hamngatan 12 B, lgh 1102".
    let from = Math.max(0, s.index - WINDOW);
    while (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1] ?? '')) from--;
    const to = Math.min(text.length, s.index + WINDOW);
    const window = text.slice(from, to);
    for (const re of [STREET, POSTCODE, POSTCODE_NAMED, STREET_ALONE])
      for (const m of matches(re, window)) add(m, from);
    covered = to - 20;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** No-break, figure, thin and narrow spaces; hyphens, figure and en dashes, minus. */
const ODD_SPACE = /[\u00a0\u2007\u2009\u202f]/g;
const ODD_DASH = /[\u2010-\u2013\u2212]/g;
const ODD = /[\u00a0\u2007\u2009\u202f\u2010-\u2013\u2212]/;

/**
 * Every pattern identifier in a text; a personnummer is never also read as a phone number. Odd
 * spaces and dashes (a phone number spaced with no-break spaces, "800101–0019") are read as plain ones, one
 * character for one, and each hit keeps the spelling the text has, which the copy replaces.
 */
export function findPatternHits(text: string): PatternHit[] {
  if (!ODD.test(text)) return findPlainHits(text);
  const plain = text.replace(ODD_SPACE, ' ').replace(ODD_DASH, '-');
  return findPlainHits(plain).map((h) => ({ ...h, text: text.slice(h.start, h.end) }));
}

function findPlainHits(text: string): PatternHit[] {
  // Cheap guards first: most paragraphs hold no digit and no @.
  const hasDigit = /\d/.test(text);
  const pnr = hasDigit ? findPersonnummer(text) : [];
  const phones = hasDigit ? findPhones(text, pnr) : [];
  const emails = text.includes('@') ? findEmails(text) : [];
  const addresses = findAddresses(text);
  return [...pnr, ...phones, ...emails, ...addresses].sort((a, b) => a.start - b.start);
}
