// Contract entries for the values of a category attribute: list them with how many documents and
// respondents have each, rename one (or merge it into another), remove an unused one.
import { z } from 'zod';
import { returns } from './define';

const name = z.string().trim().min(1).max(200);
const value = z.string().trim().min(1).max(500);

export interface AttributeValueUse {
  value: string;
  documents: number;
  respondents: number;
  /** REFI-QDA cases that hold it. */
  cases: number;
}

export const attributeValuesContract = {
  'attributes.values': {
    input: z.object({ attribute: name }).strict(),
    output: returns<AttributeValueUse[]>(),
  },
  /** `to` already a value of the attribute: `from` is merged into it. One undo step. */
  'attributes.renameValue': {
    input: z.object({ attribute: name, from: value, to: value }).strict(),
    output: returns<{ merged: boolean; documents: number }>(),
  },
  /** Only a value nobody has (value_in_use otherwise). One undo step. */
  'attributes.removeValue': {
    input: z.object({ attribute: name, value }).strict(),
    output: returns<null>(),
  },
} as const;
