// In-vivo coding: a new code named by the participant's own words, as they were selected.

/** Longest name taken from a selection, in characters (a code's name holds up to 300). */
export const IN_VIVO_MAX = 80;
/** The group the in-vivo codes go in (created with the first one). */
export const IN_VIVO_GROUP = 'In vivo';

/**
 * The selected words as a code's name: on one line, single spaces, without the quotes or
 * punctuation around them; a long selection is cut at a word and ends with "…". Empty when no
 * word is selected.
 */
export function inVivoName(selected: string): string {
  const words = selected
    .replace(/\s+/gu, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim();
  const chars = Array.from(words);
  if (chars.length <= IN_VIVO_MAX) return words;
  const cut = chars.slice(0, IN_VIVO_MAX).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > IN_VIVO_MAX / 2 ? cut.slice(0, space) : cut).replace(/[^\p{L}\p{N}]+$/u, '')}…`;
}
