// Turning what users type or what file names say into attribute values: typed validation, matching
// written variants of known categories ("HT2017" is "HT 2017"), and file-name patterns.
import { ApiError } from '../api/errors';
import { englishText, message, type Message } from '../messages';
import type { Attribute } from './types';

/** A refused value says why: `problem` for the window, `message` (English) for the CLI. */
export type ValueCheck =
  { ok: true; value: string } | { ok: false; message: string; problem: Message };

function refused(problem: Message): ValueCheck {
  return { ok: false, message: englishText(problem), problem };
}

const VALUE_ERRORS = {
  valueEmpty: 'value_empty',
  valueNotNumber: 'value_not_number',
  valueNotDate: 'value_not_date',
} as const;

/** A refused value as the failure of a call (the toast words it like the report does). */
export function valueError(problem: Message, field: string): ApiError {
  const code = VALUE_ERRORS[problem.code as keyof typeof VALUE_ERRORS];
  return new ApiError(code, englishText(problem), { field, ...problem.params });
}

/** Case, spaces, dashes and underscores do not make a category value different. */
export function valueKey(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

/** Checks and normalises one value for an attribute; a category prefers the spelling it knows. */
export function checkValue(
  attribute: Pick<Attribute, 'name' | 'type' | 'choices'>,
  raw: string,
): ValueCheck {
  const value = raw.normalize('NFC').trim();
  if (value === '') return refused(message('valueEmpty', { attribute: attribute.name }));
  switch (attribute.type) {
    case 'number': {
      // Plain decimals only: Number() alone would also take "0x1F", "1e3" or "0b11".
      const n = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(value)
        ? Number(value.replace(',', '.'))
        : NaN;
      return Number.isFinite(n)
        ? { ok: true, value: String(n) }
        : refused(message('valueNotNumber', { attribute: attribute.name, value }));
    }
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
      const valid = d !== null && d.toISOString().slice(0, 10) === value;
      return valid
        ? { ok: true, value }
        : refused(message('valueNotDate', { attribute: attribute.name, value }));
    }
    case 'category': {
      const key = valueKey(value);
      return { ok: true, value: attribute.choices.find((c) => valueKey(c) === key) ?? value };
    }
    case 'text':
      return { ok: true, value };
  }
}

/** Splits a cell holding several values ("BOU; Ek", "BOU, Ek"). */
export function splitValues(raw: string): string[] {
  return raw
    .split(/[;,|]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

export interface FilenamePattern {
  names: string[];
  regex: RegExp;
}

/**
 * Compiles `{Stadsdelsförvaltning}_{Intervjuomgång}_{Grupp}`: each {Name} takes the text up to the
 * next literal part; literal text must match as written. `{*}` skips a part.
 */
export function compileFilenamePattern(pattern: string): FilenamePattern {
  // File names are matched in NFC, so the pattern's literal text and names must be NFC too.
  const text = pattern.normalize('NFC');
  const names: string[] = [];
  let source = '^';
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    source += escapeRegex(text.slice(last, m.index));
    const name = (m[1] ?? '').trim();
    if (name === '')
      throw new ApiError(
        'pattern_empty_braces',
        'An empty {} in the file-name pattern: write an attribute name inside, or {*} to skip a part.',
        { field: 'pattern' },
      );
    if (name !== '*') names.push(name);
    source += name === '*' ? '.+?' : '(.+?)';
    last = m.index + m[0].length;
  }
  if (names.length === 0)
    throw new ApiError(
      'pattern_no_attribute',
      'The file-name pattern names no attribute: write one as {Name}.',
      { field: 'pattern' },
    );
  source += escapeRegex(text.slice(last)) + '$';
  return { names, regex: new RegExp(source, 'u') };
}

/** Attribute name -> raw value for one file name (extension removed), or null when it does not fit. */
export function matchFilename(
  pattern: FilenamePattern,
  fileName: string,
): Record<string, string> | null {
  const base = fileName.replace(/\.[^.]+$/, '');
  const m = pattern.regex.exec(base.normalize('NFC'));
  if (!m) return null;
  return Object.fromEntries(pattern.names.map((name, i) => [name, (m[i + 1] ?? '').trim()]));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
