// Which new values of category attributes a file-name pattern would make, before anything is
// imported: "Chefer_lo" from one odd file name is seen as a new Grupp while it can still be fixed.
import type { Attribute } from './types';
import { checkValue, compileFilenamePattern, matchFilename } from './values';

export interface NewValues {
  attribute: string;
  values: string[];
}

export function newCategoryValues(
  pattern: string,
  fileNames: readonly string[],
  attributes: readonly Pick<Attribute, 'name' | 'type' | 'choices'>[],
): NewValues[] {
  let compiled;
  try {
    compiled = compileFilenamePattern(pattern);
  } catch {
    return []; // The form says what is wrong with the pattern itself.
  }
  const found = new Map<string, Set<string>>();
  for (const file of fileNames) {
    const values = matchFilename(compiled, file);
    if (!values) continue;
    for (const [name, raw] of Object.entries(values)) {
      const attribute = attributes.find((a) => a.name.toLowerCase() === name.toLowerCase());
      if (attribute?.type !== 'category') continue;
      const checked = checkValue(attribute, raw);
      if (!checked.ok || attribute.choices.includes(checked.value)) continue;
      found.set(attribute.name, (found.get(attribute.name) ?? new Set()).add(checked.value));
    }
  }
  return [...found].map(([attribute, values]) => ({
    attribute,
    values: [...values].sort((a, b) => a.localeCompare(b, 'sv')),
  }));
}
