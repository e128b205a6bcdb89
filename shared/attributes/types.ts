// Document attributes ("egenskaper"): typed variables of an interview, such as Grupp or Datum.
export const ATTRIBUTE_TYPES = ['category', 'number', 'date', 'text'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export interface Attribute {
  id: number;
  name: string;
  type: AttributeType;
  /** Several values allowed (Verksamhetsområden: BOU and Ek in the same group). */
  multiple: boolean;
  /** Known values of a category, in display order; other values are added when first used. */
  choices: string[];
  /**
   * A questionnaire's variable: respondents have values of it, no document does. It is not shown
   * as an interview attribute (Dokument's columns and tools).
   */
  respondentsOnly?: true;
}

export interface AttributeTemplate {
  name: string;
  type: AttributeType;
  multiple?: boolean;
  choices?: string[];
}

/** The interview attributes of the template (../shared/docs/DOMAIN.md). */
export const TEMPLATE_ATTRIBUTES: readonly AttributeTemplate[] = [
  { name: 'Stadsdelsförvaltning', type: 'category' },
  {
    name: 'Intervjuomgång',
    type: 'category',
    choices: ['HT 2016', 'VT 2017', 'HT 2017', 'VT 2018', 'HT 2018'],
  },
  { name: 'Grupp', type: 'category', choices: ['Medarbetare', 'Chefer'] },
  {
    name: 'Verksamhetsområden',
    type: 'category',
    multiple: true,
    choices: ['BOU', 'Ek', 'Funk', 'Psyk', 'Vuxen', 'Äldre'],
  },
  { name: 'Datum', type: 'date' },
  { name: 'Längd', type: 'number' },
];
