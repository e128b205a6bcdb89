// The reading view's rows: one block per paragraph, each knowing its speaker turn, so a long
// transcript can be rendered a screenful at a time (only visible blocks are in the page).
import type { ParagraphKind } from '../transcript/types';
import type { DocumentContent } from './types';

export interface Block {
  start: number;
  end: number;
  kind: ParagraphKind;
  /** The speaker of the turn this paragraph belongs to, or null outside any turn. */
  speakerId: number | null;
  /** True for a turn's first paragraph: the label is shown beside it, and its text starts after it. */
  opensTurn: boolean;
  /** Where the visible text starts (after the label on a turn's first paragraph). */
  textStart: number;
}

export function toBlocks(content: Pick<DocumentContent, 'paragraphs' | 'turns'>): Block[] {
  const turns = content.turns;
  let t = 0;
  return content.paragraphs.map((p) => {
    while (t < turns.length && (turns[t]?.end ?? 0) <= p.start) t++;
    const turn = turns[t];
    const inTurn = turn !== undefined && turn.start <= p.start && p.start < turn.end;
    const opensTurn = inTurn && turn.start === p.start;
    return {
      start: p.start,
      end: p.end,
      kind: p.kind,
      speakerId: inTurn ? turn.speakerId : null,
      opensTurn,
      textStart: opensTurn ? Math.min(turn.labelEnd, p.end) : p.start,
    };
  });
}
