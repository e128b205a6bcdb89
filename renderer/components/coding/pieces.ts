// Splits one paragraph of a transcript into pieces at segment boundaries, so that each piece
// knows which coded passages cover it. Renderer-only helper over shared range logic.
import type { Segment } from '../../../shared/coding/types';

export interface Piece {
  start: number;
  end: number;
  /** Covering segments, the innermost (shortest) first: it decides the highlight colour. */
  segments: Segment[];
}

/** `extraCuts` (the snapped selection's ends) also cut, so the selection can be drawn exactly. */
export function splitPieces(
  from: number,
  to: number,
  segments: Segment[],
  extraCuts: number[] = [],
): Piece[] {
  const inside = segments.filter((s) => s.start < to && s.end > from);
  const cuts = new Set<number>([from, to, ...extraCuts.filter((c) => c > from && c < to)]);
  for (const s of inside) {
    if (s.start > from && s.start < to) cuts.add(s.start);
    if (s.end > from && s.end < to) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const covering = inside
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    pieces.push({ start, end, segments: covering });
  }
  return pieces;
}

/** The absolute text offset of a DOM position inside the transcript (pieces carry data-offset). */
export function domOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const host = node.parentElement?.closest<HTMLElement>('[data-offset]');
    return host ? Number(host.dataset.offset) + offset : null;
  }
  if (node instanceof HTMLElement) {
    // A position between children: before child `offset`, or after the last one.
    const child = node.childNodes[offset] ?? null;
    if (child instanceof HTMLElement && child.dataset.offset !== undefined)
      return Number(child.dataset.offset);
    const host = node.closest<HTMLElement>('[data-offset]');
    if (host) return Number(host.dataset.offset) + (offset > 0 ? host.textContent.length : 0);
    const last = node.querySelectorAll<HTMLElement>('[data-offset]');
    const el = offset > 0 ? last[last.length - 1] : last[0];
    if (el) return Number(el.dataset.offset) + (offset > 0 ? el.textContent.length : 0);
  }
  return null;
}

/**
 * The text offset of a DOM position anywhere in a transcript block: in its text as domOffset
 * gives it; on its speaker label, where the turn's words begin (a start) or where the block begins
 * (an end); in its margin, where the block ends. Blocks carry data-block-start, data-text-start
 * and data-block-end.
 */
export function textOffset(node: Node, offset: number, side: 'start' | 'end'): number | null {
  const el = node instanceof HTMLElement ? node : node.parentElement;
  const block = el?.closest<HTMLElement>('[data-block-start]');
  if (!el || !block) return domOffset(node, offset);
  const at = (key: string) => Number(block.dataset[key]);
  if (el.closest('.speaker-label')) return side === 'start' ? at('textStart') : at('blockStart');
  if (el.closest('.margin')) return at('blockEnd');
  // Between the block's children: before its label, before its text, or after the text.
  if (el === block) {
    if (offset === 0) return at(side === 'start' ? 'textStart' : 'blockStart');
    return offset === 1 ? at('textStart') : at('blockEnd');
  }
  return domOffset(node, offset);
}
