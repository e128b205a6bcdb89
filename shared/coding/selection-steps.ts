// Moving a selection's free end with the keyboard (a word, a paragraph), and the paragraph or turn
// around a place in the text: the coding view's Shift+arrows, Alt+P and Alt+T.
import type { Block } from '../documents/blocks';
import type { Turn } from '../documents/types';
import type { TextRange } from './ranges';

const WORD = /[\p{L}\p{N}]/u;
const isWord = (text: string, i: number) => i >= 0 && i < text.length && WORD.test(text.charAt(i));

/** The end of the next word after `at` (forward), or the start of the word before `at`. */
export function stepWord(text: string, at: number, forward: boolean): number {
  let i = Math.max(0, Math.min(at, text.length));
  if (forward) {
    while (i < text.length && !isWord(text, i)) i++;
    while (i < text.length && isWord(text, i)) i++;
    return i;
  }
  while (i > 0 && !isWord(text, i - 1)) i--;
  while (i > 0 && isWord(text, i - 1)) i--;
  return i;
}

/** The paragraph's end after `at`, or the next one's (forward); its text's start before `at`, or
 * the previous one's (backward). A speaker label is never part of where it lands. */
export function stepParagraph(blocks: readonly Block[], at: number, forward: boolean): number {
  if (forward) {
    const next = blocks.find((b) => b.end > at);
    return next ? next.end : at;
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b && b.textStart < at) return b.textStart;
  }
  return at;
}

/** The block holding `at` (or the one just before it, at a line break). */
function blockAt(blocks: readonly Block[], at: number): Block | undefined {
  return blocks.find((b) => b.start <= at && at < b.end) ?? blocks.findLast((b) => b.end <= at);
}

/** The paragraph around `at`, without its speaker label; null outside every paragraph. */
export function paragraphAt(blocks: readonly Block[], at: number): TextRange | null {
  const b = blockAt(blocks, at);
  return b && b.textStart < b.end ? { start: b.textStart, end: b.end } : null;
}

/** The speaker turn around `at`, from its first word; its paragraph when it is in no turn. */
export function turnAt(
  blocks: readonly Block[],
  turns: readonly Pick<Turn, 'start' | 'labelEnd' | 'end'>[],
  at: number,
): TextRange | null {
  const b = blockAt(blocks, at);
  if (!b) return null;
  const turn = turns.find((t) => t.start <= b.start && b.start < t.end);
  if (!turn) return paragraphAt(blocks, at);
  const last = blocks.findLast((x) => x.start < turn.end);
  return { start: turn.labelEnd, end: Math.min(turn.end, last?.end ?? turn.end) };
}
