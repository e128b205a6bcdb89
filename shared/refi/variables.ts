// Kvalkod attributes <-> REFI-QDA variables. Variables are typed (Text, Integer, Float, Date, ...);
// attributes know category, number, date and text, and may hold several values. What a variable
// type cannot say (category or free text, several values) goes in the variable's Description in
// words another tool shows its user, and is read back from there.
import type { AttributeType } from '../attributes/types';
import type { RefiVariableType } from './model';

/** Several values of one document travel as one text value, separated like a sheet's cell. */
export const MULTIPLE_SEPARATOR = '; ';

/**
 * The variable type an attribute travels as. Several values of one document fit no typed value
 * (IntegerValue holds one number), so an attribute that takes several is a Text variable.
 */
export function variableType(
  type: AttributeType,
  multiple: boolean,
  values: string[],
): RefiVariableType {
  if (multiple) return 'Text';
  if (type === 'date') return 'Date';
  if (type === 'number') return values.every((v) => /^-?\d+$/.test(v)) ? 'Integer' : 'Float';
  return 'Text';
}

const DESCRIBED = /^Kvalkod: (category|text|number|date)( with several values per document)?\b/;

/** Words for what the variable's type cannot say: a category or free text, several values. */
export function describeAttribute(type: AttributeType, multiple: boolean): string {
  if (!multiple && type !== 'category' && type !== 'text') return '';
  const several = multiple
    ? ` with several values per document, separated by "${MULTIPLE_SEPARATOR.trim()}"`
    : '';
  return `Kvalkod: ${type}${several}.`;
}

/** The attribute a variable becomes: its own description first, else what its type implies. */
export function attributeFor(
  type: RefiVariableType,
  description: string,
): { type: AttributeType; multiple: boolean } {
  const m = DESCRIBED.exec(description);
  if (m && type === 'Text') return { type: m[1] as AttributeType, multiple: Boolean(m[2]) };
  switch (type) {
    case 'Integer':
    case 'Float':
      return { type: 'number', multiple: false };
    case 'Date':
      return { type: 'date', multiple: false };
    case 'DateTime':
      // Kvalkod dates have no time of day: the full value is kept as text.
      return { type: 'text', multiple: false };
    case 'Boolean':
    case 'Text':
      return { type: 'category', multiple: false };
  }
}

/** One variable value as its type requires, or null when it does not fit (reported). */
export function readValue(type: RefiVariableType, raw: string): string | null {
  const value = raw.trim();
  switch (type) {
    // Checked here, normalised by the attribute's own check (checkValue) like any typed value.
    case 'Integer':
      return /^[+-]?\d+$/.test(value) ? value : null;
    case 'Float':
      return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(value) ? value : null;
    case 'Boolean':
      return /^(true|1)$/i.test(value) ? 'true' : /^(false|0)$/i.test(value) ? 'false' : null;
    case 'Date': {
      // xsd:date may carry a time zone ("2017-10-03Z"); Kvalkod keeps the day.
      const m = /^(\d{4}-\d{2}-\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(value);
      return m?.[1] ?? null;
    }
    case 'DateTime':
      return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(value) ? value : null;
    case 'Text':
      return value === '' ? null : value;
  }
}

/** The values of one document or case for one attribute, as the single REFI-QDA value. */
export function writeValue(type: RefiVariableType, values: string[]): string {
  if (type === 'Text') return values.join(MULTIPLE_SEPARATOR);
  const value = values[0] ?? '';
  return type === 'Integer' || type === 'Float' ? decimalText(value) : value;
}

/**
 * A number as xsd:decimal writes it. Kvalkod stores JavaScript's text of a number, which has an
 * exponent for very small and very large ones ("1e-7"); xsd:decimal has none ("0.0000001").
 */
export function decimalText(value: string): string {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?e([+-]?\d+)$/i.exec(value.trim());
  if (!m) return value;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = m;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  const written =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + written.replace(/^0+(?=\d)/, '');
}

/** A text value of a several-values attribute, split back into its values. */
export function splitMultiple(value: string): string[] {
  return value
    .split(MULTIPLE_SEPARATOR.trim())
    .map((v) => v.trim())
    .filter(Boolean);
}
