// Which values of an attribute to offer in filters and on table axes: only those in use (on a
// document or respondent), known choices first in their own order, then the others alphabetically.
// A value typed once and since changed everywhere is no longer offered.

export function valuesInUse(
  choices: readonly string[],
  used: Iterable<string | readonly string[] | undefined>,
): string[] {
  const present = new Set<string>();
  for (const value of used)
    for (const v of typeof value === 'string' ? [value] : (value ?? []))
      if (v !== '') present.add(v);
  const known = choices.filter((c) => present.has(c));
  const listed = new Set(known);
  const others = [...present]
    .filter((v) => !listed.has(v))
    .sort((a, b) => a.localeCompare(b, 'sv'));
  return [...known, ...others];
}
